/** Uploaded files: type by content (Tika) and one content-addressed store (ADR 0041). */
@NullMarked
package vn.doimoi.shared.files;

import org.jspecify.annotations.NullMarked;
