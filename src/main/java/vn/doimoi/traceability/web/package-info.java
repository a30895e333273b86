/** The traceability pages, the Digital Link resolver and its URL rules. */
@NullMarked
package vn.doimoi.traceability.web;

import org.jspecify.annotations.NullMarked;
