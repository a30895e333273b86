@NullMarked
package vn.doimoi.market.listing;

import org.jspecify.annotations.NullMarked;
