@NullMarked
package vn.doimoi.market.matching;

import org.jspecify.annotations.NullMarked;
