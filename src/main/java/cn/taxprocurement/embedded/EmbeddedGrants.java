package cn.taxprocurement.embedded;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * On the embedded default, the schema owner applies {@code k8s/database/grants.sql} after every migration, as the
 * Kubernetes init container does: the service's account gets the same grants as in production, and no more.
 */
@Singleton
public class EmbeddedGrants implements FlywayConfigurationCustomizer {
    @ConfigProperty(name = EmbeddedDatabaseConfigSourceFactory.ACTIVE, defaultValue = "false")
    boolean embedded;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (embedded) {
            configuration.callbacks(new AfterMigrate());
        }
    }

    /** Grants after a migration, in the owner's connection. */
    static final class AfterMigrate implements Callback {
        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try (Statement sql = context.getConnection().createStatement()) {
                for (String grant : statements(grantsFile())) {
                    sql.execute(grant);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("嵌入式数据库授权失败: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "grants";
        }
    }

    private static String grantsFile() {
        try (InputStream in = EmbeddedGrants.class.getResourceAsStream("/db/grants.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/grants.sql is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of the file: comment lines dropped, split at each semicolon that ends a line. */
    public static List<String> statements(String sqlFile) {
        String withoutComments =
                sqlFile.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }
}
