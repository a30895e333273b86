@NullMarked
package vn.doimoi.market.web;

import org.jspecify.annotations.NullMarked;
