/**
 * Links between what different modules publish about one document: the document itself (portal),
 * the programme resting on it (programs), the articles citing it (portal). Each module answers for
 * its own records through a {@link vn.doimoi.shared.references.ReferenceSource}; pages ask
 * {@link vn.doimoi.shared.references.References}, so no module depends on another to link to it.
 */
@NullMarked
package vn.doimoi.shared.references;

import org.jspecify.annotations.NullMarked;
