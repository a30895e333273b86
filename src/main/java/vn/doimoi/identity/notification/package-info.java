@NullMarked
package vn.doimoi.identity.notification;

import org.jspecify.annotations.NullMarked;
