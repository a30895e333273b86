/** Documents the ecosystem's areas hand out (certificates of initiatives and awards), drawn one way. */
@NullMarked
package vn.doimoi.ecosystem.documents;

import org.jspecify.annotations.NullMarked;
