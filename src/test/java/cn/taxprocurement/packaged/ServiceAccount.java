package cn.taxprocurement.packaged;

import cn.taxprocurement.embedded.EmbeddedGrants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The service's own database account on a {@link DebianMariaDb}, set up as the Kubernetes manifests do: the schema
 * owner migrates (the init container's {@code QUARKUS_INIT_AND_EXIT}) and applies {@code k8s/database/grants.sql};
 * the service then runs with this account, without migrating.
 */
final class ServiceAccount {
    static final String USER = "tax_procurement";
    static final String PASSWORD = "service-account-test-password";
    private static final Path GRANTS = Path.of("../k8s/database/grants.sql");

    private ServiceAccount() {}

    /** Creates the account, migrates as the owner and grants; answers the migration's output. */
    static String create(DebianMariaDb database, SigningKey key)
            throws IOException, InterruptedException, SQLException {
        try (Connection owner = connect(database, DebianMariaDb.USER, DebianMariaDb.PASSWORD);
                Statement sql = owner.createStatement()) {
            sql.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
        }
        Map<String, String> migrate = database.serviceEnvironment(key);
        migrate.put("QUARKUS_INIT_AND_EXIT", "true");
        String output = PackagedService.run(migrate);
        try (Connection owner = connect(database, DebianMariaDb.USER, DebianMariaDb.PASSWORD);
                Statement sql = owner.createStatement()) {
            for (String grant : EmbeddedGrants.statements(Files.readString(GRANTS))) {
                sql.execute(grant);
            }
        }
        return output;
    }

    /** The environment of a service instance that runs with this account. */
    static Map<String, String> environment(DebianMariaDb database, SigningKey key) {
        Map<String, String> environment = database.serviceEnvironment(key);
        environment.put("QUARKUS_DATASOURCE_USERNAME", USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        environment.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        return environment;
    }

    static Connection connect(DebianMariaDb database, String user, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), user, password);
    }
}
