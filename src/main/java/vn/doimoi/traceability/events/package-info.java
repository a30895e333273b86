/** The EPCIS events of a lot, built from a worker's form and stored whole with their indexed columns. */
@NullMarked
package vn.doimoi.traceability.events;

import org.jspecify.annotations.NullMarked;
