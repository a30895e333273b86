package vn.doimoi.projects.selection;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import vn.doimoi.projects.tasks.Task;
import vn.doimoi.projects.tasks.TaskState;

/**
 * Keeps the search index to what the public may see: calls once published, tasks once
 * approved. A record leaving that state (never happens today) would be removed.
 */
public final class PublicOnly implements RoutingBinder {

    public PublicOnly() {}

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("state");
        Class<?> type = context.bridgedElement().rawType();
        if (type.equals(Call.class)) {
            context.bridge(Call.class, new CallBridge());
        } else {
            context.bridge(Task.class, new TaskBridge());
        }
    }

    static final class CallBridge implements RoutingBridge<Call> {
        @Override
        public void route(DocumentRoutes routes, Object id, Call call, RoutingBridgeRouteContext context) {
            if (call.state() == CallState.DRAFT) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Call call, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }

    static final class TaskBridge implements RoutingBridge<Task> {
        @Override
        public void route(DocumentRoutes routes, Object id, Task task, RoutingBridgeRouteContext context) {
            if (task.state() == TaskState.APPROVED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, Task task, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
