@NullMarked
package vn.doimoi.identity.security;

import org.jspecify.annotations.NullMarked;
