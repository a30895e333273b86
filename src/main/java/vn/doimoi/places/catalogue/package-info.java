@NullMarked
package vn.doimoi.places.catalogue;

import org.jspecify.annotations.NullMarked;
