@NullMarked
package vn.doimoi.shared.search;

import org.jspecify.annotations.NullMarked;
