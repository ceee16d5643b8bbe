package cn.taxprocurement.packaged;

import static io.restassured.RestAssured.given;

import cn.taxprocurement.catalog.CatalogFixtures;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/**
 * The API of a packaged service, called as the subjects of bearer tokens that one key signs, with the set-up the
 * packaged tests and benchmarks share: a round, an approved vendor, an upload.
 */
final class ServiceClient {
    private final int port;
    private final SigningKey key;

    ServiceClient(PackagedService service, SigningKey key) {
        this.port = service.port;
        this.key = key;
    }

    /** A request to the service as {@code subject} in {@code role}. */
    RequestSpecification as(String subject, String role) {
        return given().port(port).auth().oauth2(token(subject, role));
    }

    /** A bearer token for {@code subject} in {@code role}, valid for five minutes. */
    String token(String subject, String role) {
        return key.token(subject, role);
    }

    /** The officer {@code officer} opens a catalog round of {@code year} over these categories; its id. */
    long openRound(String officer, int year, List<String> categoryCodes) {
        return as(officer, "officer")
                .contentType(ContentType.JSON)
                .body(Map.of("year", year, "name", year + "年度入围采购", "categoryCodes", categoryCodes))
                .post("/api/v1/catalog-rounds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** {@code subject} registers the company {@code name} and the officer {@code officer} approves it; its id. */
    long activeVendor(String subject, String name, String officer) {
        long vendorId = as(subject, "vendor")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "uscc",
                        CatalogFixtures.newUscc(),
                        "name",
                        name,
                        "contactName",
                        "钱七",
                        "contactPhone",
                        "010-68881234",
                        "email",
                        subject + "@example.cn"))
                .post("/api/v1/vendors/me")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        as(officer, "officer")
                .post("/api/v1/vendors/" + vendorId + "/approve")
                .then()
                .statusCode(200);
        return vendorId;
    }

    /** Uploads a catalog for the company of {@code subject} into the round; the import's id, once it is queued. */
    long upload(String subject, long roundId, byte[] catalog) {
        return as(subject, "vendor")
                .multiPart("roundId", String.valueOf(roundId))
                .multiPart(
                        "file",
                        "catalog.xlsx",
                        catalog,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/api/v1/catalog-imports")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
