package cn.taxprocurement.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.fixtures.Refused;
import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void codesOfRealCompaniesAreAccepted() {
        assertThat(new Uscc("91110000710926094P").value()).isEqualTo("91110000710926094P");
        assertThat(new Uscc("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void lowerCaseIsAcceptedAndKeptInUpperCase() {
        assertThat(new Uscc(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aCodeThatIsNot18CharactersLongIsRefused() {
        assertRefused("91110000710926094", RefusalCode.USCC_LENGTH);
        assertRefused("91110000710926094PX", RefusalCode.USCC_LENGTH);
    }

    @Test
    void theLettersIOSVAndZAreRefusedAnywhere() {
        for (char letter : "IOSVZ".toCharArray()) {
            assertRefused("91350100M" + letter + "00100Y43", RefusalCode.USCC_CHARACTER);
        }
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertRefused("91110000710926094Q", RefusalCode.USCC_CHECK_CHARACTER);
    }

    @Test
    void theCheckCharacterIsComputedOverTheFirst17Characters() {
        assertThat(Uscc.checkCharacter("91110000710926094")).isEqualTo('P');
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    private static void assertRefused(String code, RefusalCode rule) {
        assertThatThrownBy(() -> new Uscc(code)).is(Refused.by(rule)).is(Refused.onField("uscc"));
    }
}
