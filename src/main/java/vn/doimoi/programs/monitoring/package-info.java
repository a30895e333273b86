@NullMarked
package vn.doimoi.programs.monitoring;

import org.jspecify.annotations.NullMarked;
