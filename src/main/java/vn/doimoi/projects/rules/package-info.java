@NullMarked
package vn.doimoi.projects.rules;

import org.jspecify.annotations.NullMarked;
