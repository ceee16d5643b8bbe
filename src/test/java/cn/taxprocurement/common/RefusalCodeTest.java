package cn.taxprocurement.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

    private static String pattern(RefusalCode code, Locale locale) {
        return ResourceBundle.getBundle(
                        "refusals",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(code.name());
    }
}
