package dev.shoplens.retrain.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shoplens.models.explain.ReasonCodec;
import dev.shoplens.models.explain.ReasonPhrases;
import dev.shoplens.retrain.sequences.Channel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChannelFactsTest {

    @Test
    void aChannelIsSummedOverItsWindowAndAClockReadOnItsLastDay() {
        float[] orders = days(Channel.ORDERS, 0, 2, 0, 1);
        float[] clock = days(Channel.DAYS_SINCE_LAST_ORDER, 37, 38, 39, 40);

        String stored = ReasonCodec.write(List.of(
                ChannelFacts.reason(Channel.DAYS_SINCE_LAST_ORDER, clock, 0.82),
                ChannelFacts.reason(Channel.ORDERS, orders, -0.41)));

        assertThat(stored).isEqualTo("days_since_last_order=40:+0.82;orders_in_window=3,4:-0.41");
        assertThat(ReasonPhrases.ENGLISH.briefs(stored))
                .isEqualTo("no order for 40 days: +0.8; 3 orders in the last 4 days: -0.4");
        assertThat(ReasonPhrases.of(Locale.SIMPLIFIED_CHINESE).briefs(stored))
                .isEqualTo("已 40 天未下单：+0.8；近 4 天下单 3 次：-0.4");
    }

    private static float[] days(Channel channel, double... raw) {
        float[] values = new float[raw.length];
        for (int d = 0; d < raw.length; d++) {
            values[d] = channel.scale(raw[d]);
        }
        return values;
    }
}
