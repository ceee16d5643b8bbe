package cn.taxprocurement.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person of the current request, as an {@link Actor}. */
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public Actor actor() {
        String role =
                Arrays.stream(Roles.ALL).filter(identity::hasRole).findFirst().orElse("");
        String sourceIp = request.getCurrent() == null
                ? null
                : request.getCurrent().request().remoteAddress().hostAddress();
        return new Actor(subject(), identity.getPrincipal().getName(), role, sourceIp);
    }

    /**
     * The token's subject ({@code sub}), which vendors are bound to; the principal name when the token carries
     * none (Keycloak leaves {@code sub} out of access tokens of realms without its "basic" client scope).
     */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
