/** What a consumer sees after scanning a lot's QR code. */
@NullMarked
package vn.doimoi.traceability.consumer;

import org.jspecify.annotations.NullMarked;
