package cn.taxprocurement.lib.catalogimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListingKeyTest {

    @Test
    void brandAndModelAreTheSameListingWhateverTheirCaseWidthAndSpacing() {
        assertThat(ListingKey.of("ＬＥＮＯＶＯ ", "ThinkCentre  Ｍ920t"))
                .isEqualTo(ListingKey.of("lenovo", "thinkcentre m920T"));
        assertThat(ListingKey.of(" ＬＥＮＯＶＯ ", "ThinkPad X1")).isEqualTo(ListingKey.of("lenovo", "thinkpad x1"));
    }

    @Test
    void differentModelsOfOneBrandAreDifferentListings() {
        assertThat(ListingKey.of("联想", "M920t")).isNotEqualTo(ListingKey.of("联想", "M920s"));
        assertThat(ListingKey.of("联想", "启天 M430")).isNotEqualTo(ListingKey.of("联想", "启天M430"));
    }

    @Test
    void foldingGivesTheFormInWhichTwoSpellingsAreEqual() {
        assertThat(ListingKey.fold("  ＴｈｉｎｋＣｅｎｔｒｅ \t M90  ")).isEqualTo("thinkcentre m90");
        assertThat(ListingKey.fold("Think\u3000Pad")).isEqualTo("think pad");
        assertThat(ListingKey.fold("华为 MateStation")).isEqualTo("华为 matestation");
    }
}
