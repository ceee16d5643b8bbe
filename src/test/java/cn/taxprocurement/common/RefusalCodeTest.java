package cn.taxprocurement.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.taxprocurement.catalog.PriceChangeStatus;
import cn.taxprocurement.catalog.ProductStatus;
import cn.taxprocurement.catalog.RoundStatus;
import cn.taxprocurement.catalogimport.ImportStatus;
import cn.taxprocurement.order.CompetitionStatus;
import cn.taxprocurement.order.OrderStatus;
import cn.taxprocurement.project.ProjectStatus;
import cn.taxprocurement.vendor.VendorStatus;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule reads in Chinese and in English, naming the same values, and has a problem type of its own. */
class RefusalCodeTest {
    // A library's own sentence, passed through as the only argument.
    private static final String PASSED_THROUGH = "{0}";

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void eachRuleHasASentenceInBothLanguagesNamingTheSameValues(RefusalCode code) {
        String chinese = pattern(code, Languages.CHINESE);
        String english = pattern(code, Locale.ENGLISH);

        assertThat(english).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        if (!chinese.equals(PASSED_THROUGH)) {
            assertThat(chinese).containsPattern("\\p{IsHan}");
        }
        assertThat(code.title(Locale.ENGLISH)).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        assertThat(code.title(Languages.CHINESE)).containsPattern("\\p{IsHan}");
        assertThat(new MessageFormat(english).getFormatsByArgumentIndex())
                .hasSameSizeAs(new MessageFormat(chinese).getFormatsByArgumentIndex());
    }

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void anApostropheInAnEnglishSentenceIsPrintedNotTakenForAQuote(RefusalCode code) {
        String english = pattern(code, Locale.ENGLISH);
        long written = english.replace("''", "'").chars().filter(c -> c == '\'').count();

        assertThat(code.message(Locale.ENGLISH).chars().filter(c -> c == '\'').count())
                .isEqualTo(written);
    }

    @Test
    void eachRuleHasItsOwnProblemType() {
        assertThat(Arrays.stream(RefusalCode.values()).map(RefusalCode::type).collect(Collectors.toSet()))
                .hasSize(RefusalCode.values().length)
                .allSatisfy(type -> assertThat(type).matches("tag:taxprocurement\\.cn,2026:[a-z-]+"));
    }

    @Test
    void theChineseSentenceDoesNotDependOnTheMachinesDefaultLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            assertThat(new Refusal(RefusalCode.BID_ABOVE_BUDGET).getMessage()).isEqualTo("报价超过预算");
            assertThat(RefusalCode.BID_ABOVE_BUDGET.message(Locale.ENGLISH)).isEqualTo("Bid above the budget");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesAreShownAsWrittenNotAsLocalisedNumbers() {
        assertThat(new Refusal(RefusalCode.PROJECT_NOT_FOUND, 1234567L).getMessage())
                .isEqualTo("采购项目 1234567 不存在");
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                VendorStatus.class,
                ProductStatus.class,
                PriceChangeStatus.class,
                RoundStatus.class,
                ImportStatus.class,
                CompetitionStatus.class,
                OrderStatus.class,
                ProjectStatus.class
            })
    void everyStatusARefusalMayNameHasWordsInBothLanguages(Class<? extends Enum<?>> statuses) {
        for (Enum<?> status : statuses.getEnumConstants()) {
            assertThat(RefusalCode.shown(status, Languages.CHINESE))
                    .as(status.toString())
                    .containsPattern("\\p{IsHan}");
            assertThat(RefusalCode.shown(status, Locale.ENGLISH))
                    .as(status.toString())
                    .isNotEqualTo(status.name())
                    .doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void aStatusInARefusalIsShownInWordsNotAsItsCode() {
        assertThat(new Refusal(RefusalCode.VENDOR_NOT_ACTIVE, VendorStatus.PENDING).getMessage())
                .isEqualTo("供应商当前状态为“待审核”，审核通过后才能申报产品、导入产品或投标");
        assertThat(new Refusal(RefusalCode.MERGE_NOT_DRAFT, "XM-1", ProjectStatus.PUBLISHED).message(Locale.ENGLISH))
                .isEqualTo("Project XM-1 is \"Published\": only draft projects can be merged");
    }

    @ParameterizedTest
    @EnumSource(RefusalCode.class)
    void noSentenceSpellsOutAStatusCodeForTheReader(RefusalCode code) {
        // Only the sentences listing what a status query accepts name the codes, since those are what is typed.
        if (!code.name().endsWith("_STATUS_UNKNOWN")) {
            for (Locale locale : List.of(Languages.CHINESE, Locale.ENGLISH)) {
                assertThat(pattern(code, locale))
                        .doesNotContainPattern("\\b(PENDING|ACTIVE|SUBMITTED|APPROVED|DRAFT|PUBLISHED|REJECTED)\\b");
            }
        }
    }

    private static String pattern(RefusalCode code, Locale locale) {
        return ResourceBundle.getBundle(
                        "refusals",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(code.name());
    }
}
