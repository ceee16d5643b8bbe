package cn.taxprocurement.web;

import cn.taxprocurement.common.Languages;
import cn.taxprocurement.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** Who is looking at a page, as the shared layout needs it: signed in or not, the name, and the roles. */
@Named("viewer")
@RequestScoped
public class Viewer {
    @Inject
    SecurityIdentity identity;

    @Inject
    HttpHeaders headers;

    /** The page's language: the switch's choice (see {@link PageResponses}) or the browser's. */
    public Locale locale() {
        return Languages.chosen(headers.getAcceptableLanguages());
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }

    public boolean vendor() {
        return identity.hasRole(Roles.VENDOR);
    }

    public boolean manager() {
        return identity.hasRole(Roles.MANAGER);
    }

    public boolean auditor() {
        return identity.hasRole(Roles.AUDITOR);
    }
}
