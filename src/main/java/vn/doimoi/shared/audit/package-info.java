@NullMarked
package vn.doimoi.shared.audit;

import org.jspecify.annotations.NullMarked;
