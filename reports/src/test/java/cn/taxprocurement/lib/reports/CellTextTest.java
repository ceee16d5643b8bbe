package cn.taxprocurement.lib.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void textWithinExcelsLimitIsKeptAsItIs() {
        assertThat(CellText.fit("联想 ThinkCentre M920t")).isEqualTo("联想 ThinkCentre M920t");
    }

    @Test
    void longerTextIsCutToTheLimitWithAMarker() {
        String fitted = CellText.fit("规".repeat(40_000));
        assertThat(fitted).hasSize(CellText.EXCEL_LIMIT).endsWith(CellText.CUT_MARKER);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String fitted = CellText.fit("a" + "😀".repeat(20_000));
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - CellText.CUT_MARKER.length() - 1)))
                .isFalse();
    }
}
