package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingBatchTest {
    private static final String CATEGORY = "A02010104";
    /** Import ids no import of the suite reaches: a chunk's rows are found by them. */
    private static final long IMPORT_ID = 880_000_001L;

    private static final long ACCENTED_IMPORT_ID = 880_000_002L;

    private static final long CUT_IMPORT_ID = 880_000_003L;

    private static final long SHARED_FOLDER_IMPORT_ID = 880_000_004L;

    @ConfigProperty(name = "procurement.listing-load-folder")
    Path loadFolder;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ListingBatch listings;

    @Test
    void aChunkListsEveryNewDraftOnceAndVouchesForTheRowsAsStored() {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long round = fixtures.openRound(2064, CATEGORY);
        List<ListingBatch.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            drafts.add(new ListingBatch.Draft(CATEGORY, "联想", "型号-" + i, "规格 " + i, new BigDecimal("1000.50")));
        }
        // the first row again: the listing key refuses it
        drafts.set(1_000, drafts.get(0));
        // what separates and escapes the rows in the file they are loaded from, inside the values
        drafts.set(
                7,
                new ListingBatch.Draft(
                        CATEGORY,
                        "Back\\slash",
                        "Tab\tModel",
                        "Line\nfeed\r\n'quote' \\N \\t",
                        new BigDecimal("0.01")));
        drafts.set(8, new ListingBatch.Draft(CATEGORY, "\\N", "\\", "", new BigDecimal("99999999.99")));

        ListingBatch.Listed listed =
                QuarkusTransaction.requiringNew().call(() -> listings.list(vendorId, round, IMPORT_ID, drafts));

        assertThat(listed.count()).isEqualTo(2_344);
        assertThat(listings.found(IMPORT_ID, listed.firstId(), listed.lastId()))
                .isEqualTo(new ListingBatch.Found(listed, null));
    }

    @Test
    void aValueTheTableWouldCutFailsTheWholeChunk() {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long round = fixtures.openRound(2052, CATEGORY);
        List<ListingBatch.Draft> drafts = List.of(draft("联想", "M1"), draft("联想", "M".repeat(101)));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .call(() -> listings.list(vendorId, round, CUT_IMPORT_ID, drafts)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("warned 1 times");

        // nothing of the chunk stayed: its first listing is made anew
        ListingBatch.Listed listed = QuarkusTransaction.requiringNew()
                .call(() -> listings.list(vendorId, round, CUT_IMPORT_ID, drafts.subList(0, 1)));
        assertThat(listed.count()).isEqualTo(1);
    }

    @Test
    void aFolderOfListingsFilesOthersMayWriteToListsNothing() throws Exception {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long round = fixtures.openRound(2054, CATEGORY);
        List<ListingBatch.Draft> drafts = List.of(draft("联想", "M1"));
        Files.createDirectories(loadFolder);
        List<Path> before = files(loadFolder);
        Set<PosixFilePermission> kept = Files.getPosixFilePermissions(loadFolder);
        Files.setPosixFilePermissions(loadFolder, PosixFilePermissions.fromString("rwxrwxrwx"));
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                            .call(() -> listings.list(vendorId, round, SHARED_FOLDER_IMPORT_ID, drafts)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("who alone may write to it");
            assertThat(files(loadFolder)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(loadFolder, kept);
        }

        ListingBatch.Listed listed = QuarkusTransaction.requiringNew()
                .call(() -> listings.list(vendorId, round, SHARED_FOLDER_IMPORT_ID, drafts));
        assertThat(listed.count()).isEqualTo(1);
    }

    @Test
    void keysThatDifferAfterFoldingAreDifferentListingsAsTheImportsCheckCountsThem() {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long round = fixtures.openRound(2065, CATEGORY);
        // equal under utf8mb4_unicode_ci, as 'é' and 'e' are, but not after NFKC, trimming and case folding
        List<ListingBatch.Draft> drafts = List.of(
                draft("Café", "X1"),
                draft("Cafe", "X1"),
                draft("Straße", "X1"),
                draft("Strasse", "X1"),
                draft("CAFÉ ", "X1"));

        ListingBatch.Listed listed = QuarkusTransaction.requiringNew()
                .call(() -> listings.list(vendorId, round, ACCENTED_IMPORT_ID, drafts));

        assertThat(listed.count()).isEqualTo(4);
    }

    /** A listing of the test category at 100 yuan, without specs. */
    private static ListingBatch.Draft draft(String brand, String model) {
        return new ListingBatch.Draft(CATEGORY, brand, model, "", new BigDecimal("100.00"));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
