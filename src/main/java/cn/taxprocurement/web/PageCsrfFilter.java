package cn.taxprocurement.web;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every page form carries a CSRF token; the API under /api is signed in by bearer tokens, which a browser never sends
 * on its own, so its callers (JSON or multipart uploads) need none.
 */
@Alternative
@Priority(1)
@Singleton
public class PageCsrfFilter extends CsrfRequestResponseReactiveFilter {
    @Override
    public void filter(ResteasyReactiveContainerRequestContext requestContext, RoutingContext routing) {
        if (!routing.normalizedPath().startsWith("/api/")) {
            super.filter(requestContext, routing);
        }
    }
}
