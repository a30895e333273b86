package vn.doimoi.ecosystem.startups;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps drafts, applications and refused profiles out of the one search: only what the public may see. */
public class RecognisedOnlyRoutingBinder implements RoutingBinder {

    public RecognisedOnlyRoutingBinder() {}

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state");
        context.bridge(InnovatorProfile.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<InnovatorProfile> {

        @Override
        public void route(
                DocumentRoutes routes,
                Object entityIdentifier,
                InnovatorProfile profile,
                RoutingBridgeRouteContext context) {
            if (profile.state() == RecognitionState.RECOGNISED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes,
                Object entityIdentifier,
                InnovatorProfile profile,
                RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
