@NullMarked
package vn.doimoi.portal.document;

import org.jspecify.annotations.NullMarked;
