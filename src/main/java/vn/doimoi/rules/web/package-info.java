@NullMarked
package vn.doimoi.rules.web;

import org.jspecify.annotations.NullMarked;
