package dev.shoplens.models.segments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.words.Words;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SegmentNamesTest {

    @Test
    void aNameOfKnownTraitsReadsTranslated() {
        assertThat(SegmentNames.of("lapsed, one-off", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("流失、仅购一次");
        assertThat(SegmentNames.of("recent buyers, high spend, long-standing", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("近期购买、高消费、老客户");
        assertThat(SegmentNames.of("quiet, new 4", Locale.SIMPLIFIED_CHINESE)).isEqualTo("少访、新客户 4");
    }

    @Test
    void englishAndUnknownNamesReadAsStored() {
        assertThat(SegmentNames.of("lapsed, one-off", Locale.ENGLISH)).isEqualTo("lapsed, one-off");
        assertThat(SegmentNames.of("loyal", Locale.SIMPLIFIED_CHINESE)).isEqualTo("loyal");
        assertThat(SegmentNames.of("lapsed, VIP", Locale.SIMPLIFIED_CHINESE)).isEqualTo("lapsed, VIP");
        assertThat(SegmentNames.of(null, Locale.SIMPLIFIED_CHINESE)).isNull();
    }

    @Test
    void everyTraitTheNamerGivesHasChineseWords() {
        SegmentNamer.TRAITS.values().forEach(pair -> {
            for (String trait : pair) {
                assertThat(Words.SIMPLIFIED_CHINESE.has(SegmentNames.key(trait)))
                        .as(trait)
                        .isTrue();
                assertThat(Words.ENGLISH.text(SegmentNames.key(trait))).isEqualTo(trait);
            }
        });
    }
}
