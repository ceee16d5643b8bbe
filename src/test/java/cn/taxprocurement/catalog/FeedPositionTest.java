package cn.taxprocurement.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedPositionTest {
    private static final long TIMEOUT = 1_000;

    @Test
    void idsSkippedBelowTheNewestAreLookedForUntilTheyAppear() {
        FeedPosition position = new FeedPosition(10, TIMEOUT);

        position.read(List.of(11L, 14L), 0);
        assertThat(position.newest()).isEqualTo(14);
        assertThat(position.gaps()).containsExactly(12L, 13L);

        position.read(List.of(13L, 15L), 500);
        assertThat(position.newest()).isEqualTo(15);
        assertThat(position.gaps()).containsExactly(12L);
    }

    @Test
    void aGapIsGivenUpOnceTheTimeoutPasses() {
        FeedPosition position = new FeedPosition(0, TIMEOUT);
        position.read(List.of(2L), 0);

        position.read(List.of(), TIMEOUT);
        assertThat(position.gaps()).containsExactly(1L);
        position.read(List.of(), TIMEOUT + 1);
        assertThat(position.gaps()).isEmpty();
    }

    @Test
    void aJumpInIdsKeepsOnlyTheNearestThousandGaps() {
        FeedPosition position = new FeedPosition(0, TIMEOUT);

        position.read(List.of(1_000_000L), 0);

        assertThat(position.gaps()).hasSize(1_000).startsWith(999_000L).endsWith(999_999L);
    }
}
