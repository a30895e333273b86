@NullMarked
package vn.doimoi.identity.web;

import org.jspecify.annotations.NullMarked;
