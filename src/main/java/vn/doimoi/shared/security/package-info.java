@NullMarked
package vn.doimoi.shared.security;

import org.jspecify.annotations.NullMarked;
