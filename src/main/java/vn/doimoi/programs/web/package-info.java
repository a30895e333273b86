@NullMarked
package vn.doimoi.programs.web;

import org.jspecify.annotations.NullMarked;
