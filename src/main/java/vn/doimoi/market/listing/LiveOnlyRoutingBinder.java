package vn.doimoi.market.listing;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps drafts, listings in review, outdated and archived listings out of the index: search,
 * matching and alerts only ever see what the public may see.
 */
public class LiveOnlyRoutingBinder implements RoutingBinder {

    public LiveOnlyRoutingBinder() {}

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Listing.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Listing> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Listing listing, RoutingBridgeRouteContext context) {
            if (listing.status().isLive()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Listing listing, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
