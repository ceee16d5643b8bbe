package cn.taxprocurement.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person of the current request, as an {@link Actor}. */
@RequestScoped
public class CurrentUser {
    private static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public Actor actor() {
        return actorOf(identity, request.getCurrent());
    }

    /**
     * The actor a signed-in identity stands for, with the address of the request it came in (null when there is
     * none); also outside the request's scope, e.g. for a sign-in observed afterwards.
     */
    public static Actor actorOf(SecurityIdentity identity, RoutingContext request) {
        String role =
                Arrays.stream(Roles.ALL).filter(identity::hasRole).findFirst().orElse("");
        String sourceIp =
                request == null ? null : request.request().remoteAddress().hostAddress();
        String name = identity.getPrincipal().getName();
        String unit = Roles.OFFICER.equals(role) ? unitOf(identity, name) : null;
        return new Actor(subjectOf(identity), name, role, sourceIp, unit);
    }

    /**
     * The officer's buying unit: the token's {@code unit} claim (a Keycloak user attribute), else the unit configured
     * for its account name, else the default unit.
     */
    private static String unitOf(SecurityIdentity identity, String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(UNIT_CLAIM) != null) {
            Object claim = token.getClaim(UNIT_CLAIM);
            String unit = claim instanceof JsonString text ? text.getString() : claim.toString();
            if (!unit.isBlank()) {
                return unit.strip();
            }
        }
        BuyingUnitConfig units =
                Arc.container().instance(BuyingUnitConfig.class).get();
        return units.accounts().getOrDefault(name, units.defaultUnit());
    }

    /**
     * The token's subject ({@code sub}), which vendors are bound to; the principal name when the token carries
     * none (Keycloak leaves {@code sub} out of access tokens of realms without its "basic" client scope).
     */
    public String subject() {
        return subjectOf(identity);
    }

    private static String subjectOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
