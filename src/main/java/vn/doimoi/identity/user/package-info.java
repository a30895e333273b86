@NullMarked
package vn.doimoi.identity.user;

import org.jspecify.annotations.NullMarked;
