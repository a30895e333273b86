/**
 * Public pages kept for anonymous readers: rendered once per version of the data they show, told
 * stale by the tables a page read and the tables a commit wrote (ADR 0074).
 */
@NullMarked
package vn.doimoi.shared.kept;

import org.jspecify.annotations.NullMarked;
