@NullMarked
package vn.doimoi.identity.session;

import org.jspecify.annotations.NullMarked;
