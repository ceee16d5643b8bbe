package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingBatchTest {
    private static final String CATEGORY = "A02010104";
    /** An import id no import of the suite reaches: the chunk's rows are found by it. */
    private static final long IMPORT_ID = 880_000_001L;

    @Inject
    CatalogFixtures fixtures;

    @Inject
    ListingBatch listings;

    @Test
    void aChunkOfSeveralStatementsListsEveryNewDraftOnceAndVouchesForTheRowsAsStored() {
        long vendorId = fixtures.activeVendor(CatalogFixtures.newSubject());
        long round = fixtures.openRound(2064, CATEGORY);
        List<ListingBatch.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            drafts.add(new ListingBatch.Draft(CATEGORY, "联想", "型号-" + i, "规格 " + i, new BigDecimal("1000.50")));
        }
        // the first statement's first row again, as the second statement's first: the listing key refuses it
        drafts.set(1_000, drafts.get(0));

        ListingBatch.Listed listed =
                QuarkusTransaction.requiringNew().call(() -> listings.list(vendorId, round, IMPORT_ID, drafts));

        assertThat(listed.count()).isEqualTo(2_344);
        assertThat(listings.found(IMPORT_ID, listed.firstId(), listed.lastId()))
                .isEqualTo(new ListingBatch.Found(listed, null));
    }
}
