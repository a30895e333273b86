/**
 * The public portal: the home page now; news, documents, categories, banners, visitor
 * statistics and listen-to-article audio come with the portal issue.
 */
@ApplicationModule(displayName = "Portal")
package vn.doimoi.portal;

import org.springframework.modulith.ApplicationModule;
