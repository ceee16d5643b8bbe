package cn.taxprocurement.packaged;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** An RSA key that signs bearer tokens the way Keycloak does, for a service told to trust its public half. */
final class SigningKey {
    private final KeyPair pair;

    SigningKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of QUARKUS_OIDC_PUBLIC_KEY. */
    String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /** A token for {@code subject} with the realm role {@code role}, issued for the service, valid for five minutes. */
    String token(String subject, String role) {
        return token(subject, role, "tax-procurement");
    }

    /** The same, issued for {@code audience}: Keycloak names the clients a token is for in its {@code aud}. */
    String token(String subject, String role, String audience) {
        return builder(subject, role, audience).sign(pair.getPrivate());
    }

    /** An officer's token carrying its buying unit in the {@code unit} claim, as the realm's attribute mapper adds it. */
    String officerOf(String subject, String unit) {
        return builder(subject, "officer", "tax-procurement")
                .claim("unit", unit)
                .sign(pair.getPrivate());
    }

    private static JwtClaimsBuilder builder(String subject, String role, String audience) {
        return Jwt.issuer("https://keycloak.invalid/realms/procurement")
                .audience(audience)
                .subject(subject)
                .preferredUserName(subject)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(300);
    }
}
