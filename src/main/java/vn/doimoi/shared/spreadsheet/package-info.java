@NullMarked
package vn.doimoi.shared.spreadsheet;

import org.jspecify.annotations.NullMarked;
