package vn.doimoi.portal.article;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps drafts, articles in review and unpublished articles out of the search index. */
public class PublishedOnlyRoutingBinder implements RoutingBinder {

    public PublishedOnlyRoutingBinder() {}

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Article.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Article> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Article article, RoutingBridgeRouteContext context) {
            if (article.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Article article, RoutingBridgeRouteContext context) {
            // Without sharding there is one route: make sure a previously indexed document is deleted.
            routes.addRoute();
        }
    }
}
