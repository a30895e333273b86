/** An enterprise shares a lot's or a product's events with another organisation (its buyer), and revokes it. */
@NullMarked
package vn.doimoi.traceability.sharing;

import org.jspecify.annotations.NullMarked;
