@NullMarked
package vn.doimoi.shared.web;

import org.jspecify.annotations.NullMarked;
