package cn.taxprocurement.web;

import cn.taxprocurement.audit.AuditLog;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.CurrentUser;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Audits every sign-in to the pages: who, in which role, from which address. Observed after the sign-in, off the
 * request's thread, so that writing the event never holds up the sign-in itself.
 */
@ApplicationScoped
public class SignIns {
    static final String ACTION = "SIGNED_IN";

    @Inject
    AuditLog audit;

    @Transactional
    void signedIn(@ObservesAsync SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        Actor actor = CurrentUser.actorOf(identity, identity.getAttribute(RoutingContext.class.getName()));
        audit.record(actor, ACTION, "User", actor.subject(), actor.name() + " 登录网页，角色 " + actor.role());
    }
}
