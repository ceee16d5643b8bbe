package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogColumnTest {

    @Test
    void headersAreFoundDespiteSurroundingSpacesAndFullWidthParentheses() {
        assertThat(CatalogColumn.ofHeader(" 单价（元） ")).contains(CatalogColumn.UNIT_PRICE);
        assertThat(CatalogColumn.ofHeader("品目编码")).contains(CatalogColumn.CATEGORY_CODE);
    }

    @Test
    void anUnknownHeaderNamesNoColumn() {
        assertThat(CatalogColumn.ofHeader("备注")).isEmpty();
        assertThat(CatalogColumn.ofHeader(null)).isEmpty();
    }
}
