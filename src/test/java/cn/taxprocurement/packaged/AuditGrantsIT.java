package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.taxprocurement.vendor.Uscc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database accounts as Kubernetes runs them: the schema owner migrates (the init container's
 * {@code QUARKUS_INIT_AND_EXIT}) and applies {@code k8s/database/grants.sql}; the service then runs with its own
 * account, which writes audit events and bids but can neither update nor delete them.
 */
class AuditGrantsIT {
    private static final SigningKey KEY = new SigningKey();
    private static DebianMariaDb database;
    private static PackagedService service;
    private static String migrationLog;

    @BeforeAll
    static void start() throws Exception {
        database = DebianMariaDb.start();
        migrationLog = ServiceAccount.create(database, KEY);
        service = PackagedService.start(ServiceAccount.environment(database, KEY));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theOwnersRunMigratesAndExits() {
        assertThat(migrationLog).contains("Successfully applied");
    }

    @Test
    void theServiceAccountRunsTheServiceAndItsStateChangesAreAudited() {
        given().port(service.port)
                .auth()
                .oauth2(KEY.token("officer-grants", "officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", "A02010195", "name", "权限测试品目", "parentCode", "A020101"))
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        given().port(service.port)
                .auth()
                .oauth2(KEY.token("auditor-grants", "auditor"))
                .get("/api/v1/audit-events?entityId=A02010195")
                .then()
                .statusCode(200)
                .body("items.actor", hasItem("officer-grants"))
                .body("items.action", hasItem("CATEGORY_CREATED"));
    }

    @Test
    void theServiceAccountCannotUpdateOrDeleteAuditEvents() throws SQLException {
        try (Connection account = serviceAccount();
                Statement sql = account.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET summary = 'rewritten'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("UPDATE command denied")
                    .hasMessageContaining("audit_event");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("DELETE command denied")
                    .hasMessageContaining("audit_event");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_chain_head"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("DELETE command denied");
            assertThatThrownBy(() -> sql.executeUpdate("DROP TABLE audit_event"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("DROP command denied");
            assertThatThrownBy(() -> sql.executeUpdate("CREATE TABLE shadow_audit (id BIGINT)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("CREATE command denied");
        }
    }

    @Test
    void theServiceAccountCannotUpdateOrDeleteBids() throws SQLException {
        try (Connection account = serviceAccount();
                Statement sql = account.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE bid SET amount = 1"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("UPDATE command denied")
                    .hasMessageContaining("bid");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM bid"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("DELETE command denied")
                    .hasMessageContaining("bid");
        }
    }

    @Test
    void aVendorsSecondBidIsANewRowThatTheServiceAccountMayWrite() throws SQLException {
        String officer = KEY.token("officer-grants-bids", "officer");
        String vendor = KEY.token("vendor-grants-bids", "vendor");
        int vendorId = as(vendor)
                .body(Map.of(
                        "uscc", "91110108MA01GRANT" + Uscc.checkCharacter("91110108MA01GRANT"),
                        "name", "权限测试科技有限公司",
                        "contactName", "张三",
                        "contactPhone", "13800138000",
                        "email", "grants@example.cn"))
                .post("/api/v1/vendors/me")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(officer).post("/api/v1/vendors/" + vendorId + "/approve").then().statusCode(200);
        int project = as(officer)
                .body(Map.of(
                        "title", "权限测试采购",
                        "year", 2040,
                        "categoryCode", "A02010104",
                        "method", "FRAMEWORK_AGREEMENT",
                        "budgetAmount", 100000))
                .post("/api/v1/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(officer)
                .body(Map.of("bidDeadline", OffsetDateTime.now().plusDays(30).toString()))
                .post("/api/v1/projects/" + project + "/publish")
                .then()
                .statusCode(200);
        for (int amount : new int[] {90000, 85000}) {
            as(vendor)
                    .body(Map.of("amount", amount))
                    .post("/api/v1/projects/" + project + "/bids")
                    .then()
                    .statusCode(201);
        }
        as(vendor)
                .get("/api/v1/projects/" + project + "/bids/mine")
                .then()
                .statusCode(200)
                .body("amount", equalTo(85000.0f));
        try (Connection owner = owner();
                Statement sql = owner.createStatement();
                ResultSet rows =
                        sql.executeQuery("SELECT amount FROM bid WHERE project_id = " + project + " ORDER BY id")) {
            List<String> amounts = new ArrayList<>();
            while (rows.next()) {
                amounts.add(rows.getBigDecimal(1).toPlainString());
            }
            assertThat(amounts).containsExactly("90000.00", "85000.00");
        }
    }

    private static RequestSpecification as(String token) {
        return given().port(service.port).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void everyTableTheMigrationsMakeHasItsGrantForTheServiceAccount() throws SQLException {
        Set<String> tables = new TreeSet<>();
        Set<String> granted = new TreeSet<>();
        try (Connection owner = owner();
                Statement sql = owner.createStatement();
                ResultSet rows = sql.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = '" + DebianMariaDb.DATABASE + "'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        // An account sees its own grants here.
        try (Connection account = serviceAccount();
                Statement sql = account.createStatement();
                ResultSet rows = sql.executeQuery("SELECT DISTINCT table_name FROM information_schema.table_privileges"
                        + " WHERE table_schema = '" + DebianMariaDb.DATABASE + "'")) {
            while (rows.next()) {
                granted.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("audit_event", "audit_chain_head", "flyway_schema_history");
        assertThat(granted).isEqualTo(tables);
    }

    private static Connection owner() throws SQLException {
        return ServiceAccount.connect(database, DebianMariaDb.USER, DebianMariaDb.PASSWORD);
    }

    private static Connection serviceAccount() throws SQLException {
        return ServiceAccount.connect(database, ServiceAccount.USER, ServiceAccount.PASSWORD);
    }
}
