@NullMarked
package vn.doimoi.places.web;

import org.jspecify.annotations.NullMarked;
