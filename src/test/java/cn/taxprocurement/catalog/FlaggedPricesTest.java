package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Flagged checks added in any order are found by listing id as they were made. */
class FlaggedPricesTest {
    @Test
    void eachFlaggedListingFindsItsOwnCheckAndNoOtherListingFindsOne() {
        Random random = new Random(11);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= 5_000; id += 1 + random.nextInt(3)) {
            ids.add(id);
        }
        Collections.shuffle(ids, random);
        FlaggedPrices flagged = new FlaggedPrices();
        Map<Long, PriceCheck> made = new HashMap<>();
        for (long id : ids) {
            PriceCheck check = PriceCheck.of(
                    BigDecimal.valueOf(100_00 + random.nextInt(900_00), 2),
                    3 + random.nextInt(50),
                    BigDecimal.valueOf(10_00 + random.nextInt(20_00), 2).add(new BigDecimal("0.005")));
            if (check.flagged()) {
                made.put(id, check);
                flagged.add(id, check);
            }
        }
        flagged.seal();

        assertThat(made).hasSizeGreaterThan(1_000);
        for (long id = 0; id <= 5_001; id++) {
            assertThat(flagged.of(id)).as("listing %d", id).isEqualTo(made.get(id));
            assertThat(flagged.flagged(id)).as("listing %d", id).isEqualTo(made.containsKey(id));
        }
    }
}
