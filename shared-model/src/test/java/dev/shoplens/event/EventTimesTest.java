package dev.shoplens.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.instancio.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.InstancioSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of event times accepts exactly what java.time's ISO offset date-time parser accepts, and reads the
 * same instant: the strict decoder's contract did not change when it got faster.
 */
@ExtendWith(InstancioExtension.class)
class EventTimesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-01T10:15:30Z",
                "2026-03-01T10:15:30.123Z",
                "2026-03-01T10:15:30.000000000Z",
                "2026-03-01t10:15:30z",
                "2026-03-01T10:15:30+01:00",
                "2026-03-01T10:15:30+18:00",
                "0001-03-01T10:15:30Z",
                // ISO forms outside RFC 3339, still accepted
                "2026-03-01T10:15Z",
                "2026-03-01T10:15:30-00:00",
                "2026-03-01T10:15:30+01:00:30",
                "2026-03-01T10:15:30.Z",
                "+12026-03-01T10:15:30Z"
            })
    void readsTheSameInstantAsJavaTime(String text) {
        assertThat(EventTimes.parse(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // RFC 3339 allows a space for the T; the event contract never did
                "2026-03-01 10:15:30Z",
                "2026-02-30T10:15:30Z",
                "2026-03-01T24:00:00Z",
                "2026-03-01T23:59:60Z",
                "2026-03-01T10:15:30+19:00",
                "2026-03-01T10:15:30.1234567891Z",
                "2026-03-01T10:15:30",
                "2026-03-01",
                "2026-03-01T10:15:30+1:00",
                "2026-03-01T10:15:30,5Z",
                "2026-3-01T10:15:30Z",
                " 2026-03-01T10:15:30Z",
                "2026-03-01T10:15:30Z ",
                "2026-03-01T10:15:30+0100",
                "",
                "2026-03-01T"
            })
    void rejectsWhatJavaTimeRejects(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> EventTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    /** Generated times, written with every precision and offset producers use. */
    @ParameterizedTest
    @InstancioSource(samples = 500)
    void generatedTimesReadAsJavaTimeReadsThem(@Given(GeneratedInput.Source.class) Random random) {
        Instant instant = Instant.ofEpochSecond(random.longRange(0, 253_402_300_799L), random.intRange(0, 999_999_999));
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.intRange(-18 * 60, 18 * 60) * 60);
        String pattern = random.oneOf(
                "yyyy-MM-dd'T'HH:mm:ssXXX",
                "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
                "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX",
                "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX",
                "yyyy-MM-dd'T'HH:mmXXX");
        String text = DateTimeFormatter.ofPattern(pattern).format(instant.atOffset(offset));
        assertThat(EventTimes.parse(text))
                .as(text)
                .isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
}
