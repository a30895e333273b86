/**
 * The public portal: news articles in categories with an editorial workflow, the documents
 * library, view counts and visitor statistics, RSS and the sitemap.
 */
@ApplicationModule(displayName = "Portal")
@NullMarked
package vn.doimoi.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
