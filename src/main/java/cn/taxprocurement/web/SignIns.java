package cn.taxprocurement.web;

import cn.taxprocurement.audit.AuditAction;
import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Audits every sign-in to the pages: who, in which role, from which address. Written while the request that completes
 * the identity provider's code flow (its return to /signed-in with a code and a state) is authenticated, so that no
 * sign-in succeeds without its event: when the event cannot be written, the sign-in fails.
 */
@ApplicationScoped
public class SignIns implements SecurityIdentityAugmentor {
    private static final String REDIRECT_PATH = "/signed-in";

    @Inject
    AuditLog audit;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context, Map<String, Object> attributes) {
        RoutingContext request = attributes.containsKey(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)
                ? HttpSecurityUtils.getRoutingContextAttribute(attributes)
                : HttpSecurityUtils.getRoutingContextAttribute(identity);
        if (identity.isAnonymous() || request == null || !completesCodeFlow(request)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Actor actor = CurrentUser.actorOf(identity, request);
            QuarkusTransaction.requiringNew()
                    .run(() -> audit.record(
                            actor,
                            AuditAction.SIGNED_IN,
                            "User",
                            actor.subject(),
                            actor.name() + " 登录网页，角色 " + actor.role()));
            return identity;
        });
    }

    private static boolean completesCodeFlow(RoutingContext request) {
        return REDIRECT_PATH.equals(request.normalizedPath())
                && request.queryParams().contains("code")
                && request.queryParams().contains("state");
    }
}
