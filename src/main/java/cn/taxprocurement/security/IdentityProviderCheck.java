package cn.taxprocurement.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says at start-up, in production, when no identity provider is configured: every API call then answers 401. */
class IdentityProviderCheck {
    private static final Logger LOG = Logger.getLogger(IdentityProviderCheck.class);

    void onStart(
            @Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey) {
        if (LaunchMode.current() == LaunchMode.NORMAL && authServerUrl.isEmpty() && publicKey.isEmpty()) {
            LOG.error("No identity provider is configured, so every /api request is refused with 401. "
                    + "Set QUARKUS_OIDC_AUTH_SERVER_URL (e.g. https://keycloak.example/realms/procurement), "
                    + "QUARKUS_OIDC_CLIENT_ID and QUARKUS_OIDC_CREDENTIALS_SECRET.");
        }
    }
}
