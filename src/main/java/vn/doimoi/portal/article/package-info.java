@NullMarked
package vn.doimoi.portal.article;

import org.jspecify.annotations.NullMarked;
