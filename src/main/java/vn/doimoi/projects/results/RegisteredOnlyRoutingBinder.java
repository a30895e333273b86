package vn.doimoi.projects.results;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps results that are not registered yet out of the public search. */
public class RegisteredOnlyRoutingBinder implements RoutingBinder {

    public RegisteredOnlyRoutingBinder() {}

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state");
        context.bridge(Result.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Result> {

        @Override
        public void route(
                DocumentRoutes routes, Object entityIdentifier, Result result, RoutingBridgeRouteContext context) {
            if (result.isRegistered()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(
                DocumentRoutes routes, Object entityIdentifier, Result result, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
