@NullMarked
package vn.doimoi.directory.web;

import org.jspecify.annotations.NullMarked;
