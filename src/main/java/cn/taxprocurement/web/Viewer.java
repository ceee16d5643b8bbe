package cn.taxprocurement.web;

import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.security.Actor;
import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Map;

/**
 * Who is looking at a page: signed in or not, the name and the roles as the shared layout needs them, the actor the
 * services take, and the language their forms speak.
 */
@Named("viewer")
@RequestScoped
public class Viewer {
    @Inject
    SecurityIdentity identity;

    @Inject
    HttpHeaders headers;

    @Inject
    CurrentUser currentUser;

    @Inject
    ValidatorFactory validators;

    /** The signed-in person, as the services take them. */
    public Actor actor() {
        return currentUser.actor();
    }

    /** The page's language: the switch's choice (see {@link PageResponses}) or the browser's. */
    public Locale locale() {
        return Languages.chosen(headers.getAcceptableLanguages());
    }

    /** The sentence of a rule in this reader's language. */
    public String reason(RefusalCode code) {
        return code.message(locale());
    }

    /** A form filled with {@code values}, checked and refused in this reader's language. */
    Form form(Map<String, String> values) {
        return new Form(locale(), validator(), values);
    }

    /**
     * Bean Validation speaking the page's language, which the switch's cookie may choose, rather than the request's
     * Accept-Language that it reads by itself.
     */
    Validator validator() {
        Locale locale = locale();
        MessageInterpolator messages = validators.getMessageInterpolator();
        return validators
                .usingContext()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return messages.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return messages.interpolate(template, context, locale);
                    }
                })
                .getValidator();
    }

    /** A form not filled in yet. */
    Form emptyForm() {
        return form(Map.of());
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
