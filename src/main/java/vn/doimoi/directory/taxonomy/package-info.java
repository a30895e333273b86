@NullMarked
package vn.doimoi.directory.taxonomy;

import org.jspecify.annotations.NullMarked;
