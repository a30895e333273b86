/** The one way the ecosystem's areas keep evidence files in the shared file store (ADR 0041). */
@NullMarked
package vn.doimoi.ecosystem.files;

import org.jspecify.annotations.NullMarked;
