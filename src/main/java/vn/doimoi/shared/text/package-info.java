@NullMarked
package vn.doimoi.shared.text;

import org.jspecify.annotations.NullMarked;
