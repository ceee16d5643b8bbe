package cn.taxprocurement.security;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dev mode and tests: the in-process OpenID Connect server's discovery and token endpoint at a fixed address of the
 * service itself ({@code /q/dev-oidc/...}). That server takes a new port on every start and answers no CORS request,
 * so the README's token command and Swagger UI's sign-in reach it through here.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@ApplicationScoped
public class DevSignInProxy {
    static final String PATH = "/q/dev-oidc";

    private final HttpClient client = HttpClient.newHttpClient();

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String identityProvider;

    void register(@Observes Router router) {
        router.get(PATH + "/.well-known/openid-configuration").blockingHandler(this::discovery);
        router.post(PATH + "/token").handler(BodyHandler.create()).blockingHandler(this::token);
    }

    /** The server's own discovery document, naming the token endpoint here and the two grants Swagger UI offers. */
    private void discovery(RoutingContext routing) {
        HttpResponse<String> answer =
                send(routing, HttpRequest.newBuilder(upstream("/.well-known/openid-configuration")));
        if (answer == null) {
            return;
        }
        JsonObject document = new JsonObject(answer.body())
                .put(
                        "token_endpoint",
                        routing.request().absoluteURI().replace("/.well-known/openid-configuration", "/token"))
                .put(
                        "grant_types_supported",
                        new JsonArray().add("authorization_code").add("password"));
        routing.response().putHeader("Content-Type", "application/json").end(document.encode());
    }

    private void token(RoutingContext routing) {
        HttpResponse<String> answer = send(
                routing,
                HttpRequest.newBuilder(upstream("/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(routing))));
        if (answer != null) {
            routing.response()
                    .setStatusCode(answer.statusCode())
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(answer.body());
        }
    }

    /**
     * The token request's form; Swagger UI names the client in a Basic authorization header, where the in-process
     * server does not look for it, so it joins the form.
     */
    private static String form(RoutingContext routing) {
        String form = Objects.requireNonNullElse(routing.body().asString(), "");
        String authorization = routing.request().getHeader("Authorization");
        if (form.contains("client_id=") || authorization == null || !authorization.startsWith("Basic ")) {
            return form;
        }
        String client =
                new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        return form + "&client_id=" + URLEncoder.encode(client.split(":", 2)[0], StandardCharsets.UTF_8);
    }

    private URI upstream(String path) {
        return URI.create(identityProvider.replaceAll("/+$", "") + path);
    }

    private HttpResponse<String> send(RoutingContext routing, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            routing.fail(502, e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            routing.fail(503, e);
            return null;
        }
    }
}
