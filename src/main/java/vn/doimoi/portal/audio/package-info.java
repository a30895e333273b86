@NullMarked
package vn.doimoi.portal.audio;

import org.jspecify.annotations.NullMarked;
