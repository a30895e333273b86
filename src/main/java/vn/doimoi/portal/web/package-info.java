@NullMarked
package vn.doimoi.portal.web;

import org.jspecify.annotations.NullMarked;
