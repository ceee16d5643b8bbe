package cn.taxprocurement.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer is taken for the type it declares; pages (everything outside /q/, whose Swagger UI runs inline script)
 * load scripts, styles and images from this service only, are framed by no one and name themselves only to themselves.
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(routing -> {
            HttpServerResponse response = routing.response();
            response.putHeader("X-Content-Type-Options", "nosniff");
            if (!routing.normalizedPath().startsWith("/q/")) {
                response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.putHeader("X-Frame-Options", "DENY");
                response.putHeader("Referrer-Policy", "same-origin");
            }
            routing.next();
        });
    }
}
