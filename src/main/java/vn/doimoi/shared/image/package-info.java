@NullMarked
package vn.doimoi.shared.image;

import org.jspecify.annotations.NullMarked;
