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
        String subject = identity.getPrincipal().getName();
        String name = subject;
        if (identity.getPrincipal() instanceof JsonWebToken token && token.containsClaim("preferred_username")) {
            name = token.<Object>getClaim("preferred_username").toString();
        }
        String role =
                Arrays.stream(Roles.ALL).filter(identity::hasRole).findFirst().orElse("");
        String sourceIp = request.getCurrent() == null
                ? null
                : request.getCurrent().request().remoteAddress().hostAddress();
        return new Actor(subject, name, role, sourceIp);
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }
}
