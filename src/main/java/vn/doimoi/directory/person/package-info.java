@NullMarked
package vn.doimoi.directory.person;

import org.jspecify.annotations.NullMarked;
