/**
 * One search across everything public. Modules register what they index with a
 * {@link vn.doimoi.search.SearchableType} bean; this module knows no other module's internals.
 */
@ApplicationModule(displayName = "Search")
@NullMarked
package vn.doimoi.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
