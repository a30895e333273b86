/** The award pages: rounds and honour rolls (public), nominating (members), screening and deciding (STAFF). */
@NullMarked
package vn.doimoi.ecosystem.awards.web;

import org.jspecify.annotations.NullMarked;
