package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.embedded.DemoCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page of listings read by id comes back whole and in the order asked. */
@QuarkusTest
class ProductViewsTest {
    @Inject
    DemoCatalog demo;

    @Inject
    EntityManager em;

    @Inject
    ProductRepository products;

    @Test
    void aPageOfIdsComesBackInItsOrderWithoutTheOnesNoLongerListed() {
        demo.load();
        List<Long> listed = new ArrayList<>(em.createNativeQuery(
                        "SELECT p.id FROM product p JOIN catalog_round r ON r.id = p.round_id"
                                + " WHERE r.round_year IN (2018, 2019)",
                        Long.class)
                .getResultList());
        assertThat(listed).hasSizeGreaterThan(100);
        Collections.shuffle(listed, new Random(17));
        listed = listed.subList(0, 100);
        List<Long> asked = new ArrayList<>(listed);
        asked.add(50, -1L);

        assertThat(products.views(asked)).extracting(ProductView::id).containsExactlyElementsOf(listed);
    }
}
