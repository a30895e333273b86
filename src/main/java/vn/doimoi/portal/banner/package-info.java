@NullMarked
package vn.doimoi.portal.banner;

import org.jspecify.annotations.NullMarked;
