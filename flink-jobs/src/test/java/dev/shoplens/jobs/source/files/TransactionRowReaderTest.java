package dev.shoplens.jobs.source.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times of a transaction log without a format: read as java.time's ISO parsers read them, whichever path. */
class TransactionRowReaderTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    final TransactionRowReader reader = new TransactionRowReader(
            CsvMapping.parse("customer=1,time=2,amount=3"), new CsvOptions(",", null, ZONE.getId()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2011-07-01 08:26:00",
                "2011-07-01T08:26:00",
                "2011-07-01 08:26",
                "2011-07-01T08:26:00.250",
                "2010-12-01 08:26:00"
            })
    void aTimeWithoutAnOffsetIsInTheLogsZone(String text) {
        assertThat(reader.parseTime(text))
                .isEqualTo(
                        LocalDateTime.parse(text.replace(' ', 'T')).atZone(ZONE).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-07-01T08:26:00Z", "2011-07-01T08:26:00+02:00", "2011-07-01T08:26:00.5-05:00"})
    void aTimeWithAnOffsetKeepsIt(String text) {
        assertThat(reader.parseTime(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-07-01", "2011-07-01T08", "01/07/2011 08:26", "2011-07-01 25:00:00", "yesterday"})
    void anythingElseIsRejectedAsBefore(String text) {
        assertThatThrownBy(() -> reader.parseTime(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not match ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-07-01 08:26:00"})
    void theSameInstantInTheDefaultZone(String text) {
        TransactionRowReader utc =
                new TransactionRowReader(CsvMapping.parse("customer=1,time=2,amount=3"), CsvOptions.defaults());
        assertThat(utc.parseTime(text)).isEqualTo(Instant.parse("2011-07-01T08:26:00Z"));
    }
}
