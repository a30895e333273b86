/** The fund's pages: the enterprise's own fund and the Department's totals and reports. */
@NullMarked
package vn.doimoi.ecosystem.funds.web;

import org.jspecify.annotations.NullMarked;
