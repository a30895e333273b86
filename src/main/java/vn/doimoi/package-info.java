@NullMarked
package vn.doimoi;

import org.jspecify.annotations.NullMarked;
