@NullMarked
package vn.doimoi.shared.db;

import org.jspecify.annotations.NullMarked;
