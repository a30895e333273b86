@NullMarked
package vn.doimoi.opendata.web;

import org.jspecify.annotations.NullMarked;
