@NullMarked
package vn.doimoi.portal.stats;

import org.jspecify.annotations.NullMarked;
