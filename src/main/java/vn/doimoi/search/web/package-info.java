@NullMarked
package vn.doimoi.search.web;

import org.jspecify.annotations.NullMarked;
