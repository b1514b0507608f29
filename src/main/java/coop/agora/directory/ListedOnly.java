package coop.agora.directory;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.stereotype.Component;

/**
 * Keeps hidden profiles out of the search index altogether, so that no search, count, facet,
 * suggestion or map built on the index can ever reveal them, and removes a profile the moment its
 * member hides it.
 */
@Component
class ListedOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("visibility");
        context.bridge(Profile.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Profile> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Profile profile, RoutingBridgeRouteContext context) {
            if (profile.visibility().listed()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Profile profile, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
