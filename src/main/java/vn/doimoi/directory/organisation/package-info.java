@NullMarked
package vn.doimoi.directory.organisation;

import org.jspecify.annotations.NullMarked;
