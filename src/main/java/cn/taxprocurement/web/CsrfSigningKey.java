package cn.taxprocurement.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The pages' CSRF cookie is only as good as its signature, and the CSRF filter would quietly go unsigned without a key:
 * the service does not start without one of 32 characters or more.
 */
@ApplicationScoped
public class CsrfSigningKey {
    static final String VARIABLE = "PROCUREMENT_CSRF_SIGNING_KEY";
    static final int MIN_LENGTH = 32;

    void check(@Observes StartupEvent started) {
        Optional<String> key;
        try {
            key = ConfigProvider.getConfig().getOptionalValue("quarkus.rest-csrf.token-signature-key", String.class);
        } catch (NoSuchElementException unset) {
            key = Optional.empty();
        }
        if (key.map(String::length).orElse(0) < MIN_LENGTH) {
            throw new IllegalStateException(
                    VARIABLE + " must be set, to 32 characters or more: it signs the pages' CSRF cookie");
        }
    }
}
