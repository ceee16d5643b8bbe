package cn.taxprocurement.catalogimport;

import static cn.taxprocurement.catalogimport.Catalogs.aCatalog;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.taxprocurement.catalog.CatalogFixtures;
import cn.taxprocurement.catalog.PriceChangeService;
import cn.taxprocurement.catalog.PriceRequests;
import cn.taxprocurement.catalog.ProductService;
import cn.taxprocurement.fixtures.SchemaOwner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imported listings against someone who owns the tables: each chunk's audit event carries a digest of its rows, so a
 * price or specs changed in the database is reported by the chain check, naming the import's chunk, although every
 * event is intact; an approved price cut is not a change.
 */
@QuarkusTest
@TestSecurity(user = "auditor-imp-digest", roles = "auditor")
class ImportedListingTamperingTest {
    private static final String DESKTOP = "A02010104";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    Uploads uploads;

    @Inject
    ProductService products;

    @Inject
    PriceChangeService prices;

    @Inject
    EntityManager em;

    @Test
    void anUntouchedImportVerifiesAndAnApprovedPriceCutIsNoAlteration() throws IOException {
        Imported imported = imported("未改动", 50);
        verify().body("valid", equalTo(true)).body("problem", nullValue());

        long cut = imported.ids().get(3);
        products.approve(CatalogFixtures.OFFICER, cut);
        long change = prices.propose(
                        CatalogFixtures.vendor(imported.subject()),
                        cut,
                        new PriceRequests.Propose(new BigDecimal("3000.00"), "年末让利"))
                .id();
        prices.approve(CatalogFixtures.OFFICER, change);

        verify().body("valid", equalTo(true)).body("problem", nullValue());
    }

    @Test
    void aPriceChangedInTheDatabaseIsReportedNamingTheImportsChunk() throws Exception {
        Imported imported = imported("改价", 50);
        long altered = imported.ids().get(22);
        String chunk = "产品目录导入 " + imported.importId() + " 第 2 块";

        owner("UPDATE product SET unit_price = 1 WHERE id = " + altered);
        verify().body("valid", equalTo(false))
                .body("problem", equalTo("ROWS_ALTERED"))
                .body("detail", containsString(chunk))
                .body("detail", containsString("产品 " + altered + " 的现价"));

        owner("UPDATE product SET unit_price = 1, imported_price = 1 WHERE id = " + altered);
        verify().body("valid", equalTo(false))
                .body("problem", equalTo("ROWS_ALTERED"))
                .body("detail", containsString(chunk));

        owner("UPDATE product SET unit_price = 4023.00, imported_price = 4023.00 WHERE id = " + altered);
        verify().body("valid", equalTo(true));
    }

    @Test
    void specsChangedOrAListingRemovedInTheDatabaseAreReported() throws Exception {
        Imported imported = imported("改参数", 50);
        long altered = imported.ids().get(40);
        String chunk = "产品目录导入 " + imported.importId() + " 第 3 块";

        owner("UPDATE product SET specs = 'Intel Core i7/32GB/1TB SSD' WHERE id = " + altered);
        verify().body("valid", equalTo(false))
                .body("problem", equalTo("ROWS_ALTERED"))
                .body("detail", containsString(chunk));
        owner("UPDATE product SET specs = 'Intel Core i5/8GB/512GB SSD' WHERE id = " + altered);
        verify().body("valid", equalTo(true));

        owner("UPDATE product SET catalog_import_id = NULL WHERE id = " + altered);
        verify().body("valid", equalTo(false))
                .body("problem", equalTo("ROWS_ALTERED"))
                .body(
                        "detail",
                        containsString(chunk + "（产品编号 " + altered + " 至 "
                                + imported.ids().get(49) + "）"));
        owner("UPDATE product SET catalog_import_id = " + imported.importId() + " WHERE id = " + altered);
        verify().body("valid", equalTo(true));
    }

    /** A vendor's catalog of desktops M1..M{rows}, imported in chunks of 20; its listings' ids in row order. */
    private Imported imported(String brand, int rows) throws IOException {
        String subject = CatalogFixtures.newSubject();
        fixtures.activeVendor(subject);
        long roundId = fixtures.openRound(2079, DESKTOP);
        Path file = Files.createTempFile("catalog", ".xlsx");
        Files.write(file, aCatalog().desktops(brand, rows).bytes());
        long id = uploads.accept(CatalogFixtures.vendor(subject), roundId, brand + ".xlsx", file)
                .id();
        Files.delete(file);
        awaitSucceeded(id);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT id FROM product WHERE catalog_import_id = :id ORDER BY id")
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(n -> ((Number) n).longValue())
                .toList());
        assertThat(ids).hasSize(rows);
        return new Imported(subject, id, ids);
    }

    private record Imported(String subject, long importId, List<Long> ids) {}

    private void awaitSucceeded(long id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            ImportStatus status = QuarkusTransaction.requiringNew().call(() -> em.find(CatalogImport.class, id).status);
            if (status == ImportStatus.SUCCEEDED) {
                return;
            }
            assertThat(status).isNotEqualTo(ImportStatus.FAILED);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within a minute");
    }

    private static ValidatableResponse verify() {
        return given().get("/api/v1/audit-events/verify").then().statusCode(200);
    }

    private static void owner(String statement) throws SQLException {
        try (Connection owner = SchemaOwner.connect();
                Statement sql = owner.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
