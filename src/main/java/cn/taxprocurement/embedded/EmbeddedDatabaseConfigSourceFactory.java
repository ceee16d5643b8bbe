package cn.taxprocurement.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default: when no {@code quarkus.datasource.jdbc.url} is configured, starts the embedded MariaDB, points
 * the datasource at it with the service's own account and Flyway with the schema owner's, and, when its data is kept
 * and no audit signing key is set, keeps one beside the data folder.
 *
 * <p>A config source factory rather than a {@code @QuarkusMain} launcher because Quarkus runs it before the datasource
 * and Flyway read their configuration in every launch mode — {@code java -jar}, {@code quarkus:dev} and
 * {@code @QuarkusTest} — while a launcher's main method is skipped by dev mode and tests.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Set to true by this factory when the service runs on the embedded database. */
    static final String ACTIVE = "procurement.embedded-db.active";

    static final String SIGNING_KEY = "procurement.audit.signing-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String jdbcUrl = value(context, JDBC_URL);
        if (packaging(context)
                || (jdbcUrl != null && !jdbcUrl.isBlank())
                || "false".equals(value(context, "procurement.embedded-db.enabled"))) {
            return List.of();
        }
        String dataDir = value(context, "procurement.embedded-db.data-dir");
        EmbeddedMariaDb.Running db = EmbeddedMariaDb.start(dataDir);
        Map<String, String> embedded = new HashMap<>(Map.of(
                JDBC_URL,
                // Loopback only, so TLS would only cost: it took a sixth of a bulk import's time.
                db.url() + "?characterEncoding=UTF-8&sslMode=DISABLED",
                "quarkus.datasource.username",
                EmbeddedMariaDb.SERVICE,
                "quarkus.datasource.password",
                db.servicePassword(),
                "quarkus.flyway.username",
                EmbeddedMariaDb.OWNER,
                "quarkus.flyway.password",
                db.ownerPassword(),
                ACTIVE,
                "true"));
        // Read from the environment or a system property only: a file's value of ours is an expression naming the
        // environment variable, so that a service without a key says what to set.
        boolean keySet =
                System.getProperty(SIGNING_KEY) != null || System.getenv("PROCUREMENT_AUDIT_SIGNING_KEY") != null;
        if (dataDir != null && !dataDir.isBlank() && !keySet) {
            embedded.put(SIGNING_KEY, KeptSecret.of(db.secrets().resolve("audit-signing-key")));
        }
        // Above application.properties (250), below environment variables (300) and system properties (400).
        return List.of(new PropertiesConfigSource(embedded, "embedded-mariadb", 275));
    }

    /**
     * Whether Quarkus is packaging the application rather than running it: it builds its configuration then too, and
     * would record the URL of a server started now as the packaged service's default.
     */
    private static boolean packaging(ConfigSourceContext context) {
        if (!context.getProfiles().contains("prod")) {
            return false;
        }
        try {
            Class.forName(
                    "io.quarkus.deployment.QuarkusAugmentor",
                    false,
                    EmbeddedDatabaseConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException running) {
            return false;
        }
    }

    /**
     * A value by Quarkus's precedence: system property, environment variable, then the configuration files. The
     * factory's context does not see environment variables for names of ours such as
     * {@code PROCUREMENT_EMBEDDED_DB_DATA_DIR}, so the first two are read here.
     */
    private static String value(ConfigSourceContext context, String name) {
        String property = System.getProperty(name);
        if (property != null) {
            return property;
        }
        String environment = System.getenv(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        if (environment != null) {
            return environment;
        }
        ConfigValue configured = context.getValue(name);
        return configured == null ? null : configured.getValue();
    }
}
