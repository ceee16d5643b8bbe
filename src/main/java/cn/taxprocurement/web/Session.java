package cn.taxprocurement.web;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Signing in and out of the pages (the identity provider's authorization code flow; the OIDC layer answers /sign-out
 * for a signed-in person) and the language switch.
 */
@Path("/")
public class Session {

    @GET
    @Path("sign-in")
    @Authenticated
    public Response signIn() {
        return home();
    }

    /** Where the identity provider sends the browser back; the OIDC layer then restores the page first asked for. */
    @GET
    @Path("signed-in")
    @Authenticated
    public Response signedIn() {
        return home();
    }

    @GET
    @Path("sign-out")
    @PermitAll
    public Response signedOut() {
        return home();
    }

    @GET
    @Path("language")
    @PermitAll
    public Response language(
            @QueryParam("to") String to, @HeaderParam("Referer") String referer, HttpServerResponse response) {
        // Through Vert.x, like the CSRF and session cookies of the same response, so that none replaces another.
        response.addCookie(Cookie.cookie(PageResponses.LANGUAGE_COOKIE, "en".equals(to) ? "en" : "zh-CN")
                .setPath("/")
                .setMaxAge(365L * 24 * 3600)
                .setSameSite(CookieSameSite.LAX));
        return Response.seeOther(URI.create(sameSitePath(referer))).build();
    }

    /**
     * The path of the page a visitor came from, to send them back to it on this site; anything that could leave the
     * site (a scheme-relative {@code //host/...} or {@code /\host}, no path, an unreadable address) is the home page.
     */
    static String sameSitePath(String referer) {
        String path;
        try {
            path = referer == null ? null : new URI(referer).getRawPath();
        } catch (URISyntaxException e) {
            return "/";
        }
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
        return local ? path : "/";
    }

    private static Response home() {
        return Response.seeOther(URI.create("/")).build();
    }
}
