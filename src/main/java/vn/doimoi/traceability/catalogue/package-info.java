/** An enterprise's products, locations and lots, and who may keep them. */
@NullMarked
package vn.doimoi.traceability.catalogue;

import org.jspecify.annotations.NullMarked;
