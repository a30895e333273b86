/** QR labels of a lot's GS1 Digital Link URI, as PDF sheets. */
@NullMarked
package vn.doimoi.traceability.labels;

import org.jspecify.annotations.NullMarked;
