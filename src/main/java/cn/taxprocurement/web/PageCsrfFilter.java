package cn.taxprocurement.web;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every page form carries a CSRF token; the API under /api is signed in by bearer tokens, which a browser never sends
 * on its own, so its callers (JSON or multipart uploads) need none. A fragment a page fetches for itself (htmx: the
 * USCC check, an import's progress) holds no form and leaves the CSRF cookie alone: with signed tokens every page load
 * issues a new one, which would otherwise no longer match the form on the page that fetched it.
 */
@Alternative
@Priority(1)
@Singleton
public class PageCsrfFilter extends CsrfRequestResponseReactiveFilter {
    @Override
    public void filter(ResteasyReactiveContainerRequestContext requestContext, RoutingContext routing) {
        boolean fragment =
                "GET".equals(requestContext.getMethod()) && "true".equals(requestContext.getHeaderString("HX-Request"));
        if (!routing.normalizedPath().startsWith("/api/") && !fragment) {
            super.filter(requestContext, routing);
        }
    }
}
