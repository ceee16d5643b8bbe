package cn.taxprocurement.security;

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

    @Inject
    BuyingUnitConfig units;

    /** The signed-in person; an officer with the buying unit it buys for. */
    public Actor actor() {
        Actor actor = actorOf(identity, request.getCurrent());
        return Roles.OFFICER.equals(actor.role())
                ? new Actor(actor.subject(), actor.name(), actor.role(), actor.sourceIp(), unit())
                : actor;
    }

    /**
     * The actor a signed-in identity stands for, without its buying unit, with the address of the request it came in (null when there is
     * none); also outside the request's scope, e.g. for a sign-in observed afterwards.
     */
    public static Actor actorOf(SecurityIdentity identity, RoutingContext request) {
        String role =
                Arrays.stream(Roles.ALL).filter(identity::hasRole).findFirst().orElse("");
        String sourceIp =
                request == null ? null : request.request().remoteAddress().hostAddress();
        return new Actor(subjectOf(identity), identity.getPrincipal().getName(), role, sourceIp);
    }

    /**
     * The officer's buying unit: the token's {@code unit} claim (a Keycloak user attribute), else the unit configured
     * for its account name, else the default unit.
     */
    private String unit() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(UNIT_CLAIM) != null) {
            Object claim = token.getClaim(UNIT_CLAIM);
            String unit = claim instanceof JsonString text ? text.getString() : claim.toString();
            if (!unit.isBlank()) {
                return unit.strip();
            }
        }
        return units.accounts().getOrDefault(identity.getPrincipal().getName(), units.defaultUnit());
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
