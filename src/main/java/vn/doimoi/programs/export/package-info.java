@NullMarked
package vn.doimoi.programs.export;

import org.jspecify.annotations.NullMarked;
