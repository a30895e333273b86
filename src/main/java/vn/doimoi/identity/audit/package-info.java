@NullMarked
package vn.doimoi.identity.audit;

import org.jspecify.annotations.NullMarked;
