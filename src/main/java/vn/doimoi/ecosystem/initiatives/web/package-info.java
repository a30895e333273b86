/** Pages of the initiatives: the author's declaration, STAFF's review, the public honour roll. */
@NullMarked
package vn.doimoi.ecosystem.initiatives.web;

import org.jspecify.annotations.NullMarked;
