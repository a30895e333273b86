@NullMarked
package vn.doimoi.rules.book;

import org.jspecify.annotations.NullMarked;
