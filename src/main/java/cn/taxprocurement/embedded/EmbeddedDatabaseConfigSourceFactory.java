package cn.taxprocurement.embedded;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default: when no {@code quarkus.datasource.jdbc.url} is configured, starts the embedded MariaDB and
 * points the datasource at it.
 *
 * <p>A config source factory rather than a {@code @QuarkusMain} launcher because Quarkus runs it before the datasource
 * and Flyway read their configuration in every launch mode — {@code java -jar}, {@code quarkus:dev} and
 * {@code @QuarkusTest} — while a launcher's main method is skipped by dev mode and tests.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Set to true by this factory when the service runs on the embedded database. */
    static final String ACTIVE = "procurement.embedded-db.active";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(JDBC_URL))
                || "false".equals(valueOf(context.getValue("procurement.embedded-db.enabled")))) {
            return List.of();
        }
        String url = EmbeddedMariaDb.start(valueOf(context.getValue("procurement.embedded-db.data-dir")));
        Map<String, String> embedded = Map.of(
                JDBC_URL,
                url + "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true",
                "quarkus.datasource.username",
                "root",
                "quarkus.datasource.password",
                "",
                ACTIVE,
                "true");
        // Above application.properties (250), below environment variables (300) and system properties (400).
        return List.of(new PropertiesConfigSource(embedded, "embedded-mariadb", 275));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }
}
