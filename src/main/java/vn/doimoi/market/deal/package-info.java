@NullMarked
package vn.doimoi.market.deal;

import org.jspecify.annotations.NullMarked;
