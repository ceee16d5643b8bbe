package cn.taxprocurement.web;

import cn.taxprocurement.api.Problem;
import cn.taxprocurement.common.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Pages speak the reader's language — the switch's cookie, else the browser's first language, else Chinese — and a
 * refusal on a page (403, 404, 409, an expired form) is a page too, not a problem+json body or a stack trace.
 */
public class PageResponses {
    static final String LANGUAGE_COOKIE = "lang";

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String detail);
    }

    /** The language chosen with the switch stands in for the browser's: Qute picks the message bundle by it. */
    @ServerRequestFilter(preMatching = true)
    public void language(ContainerRequestContext request) {
        Cookie chosen = request.getCookies().get(LANGUAGE_COOKIE);
        if (chosen != null) {
            request.getHeaders()
                    .putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen.getValue().startsWith("en") ? "en" : "zh-CN");
        }
    }

    // Runs before the Qute filter (response filters run from the highest priority number down), so that it renders
    // the error page set here.
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void errorPage(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.startsWith("/q/") || response.getStatus() < 400) {
            return;
        }
        if (response.getEntity() == null || response.getEntity() instanceof Problem) {
            String detail = response.getEntity() instanceof Problem problem ? problem.detail() : null;
            response.setEntity(
                    Templates.error(response.getStatus(), detail)
                            .setLocale(Languages.chosen(request.getAcceptableLanguages())),
                    null,
                    MediaType.TEXT_HTML_TYPE);
        }
    }
}
