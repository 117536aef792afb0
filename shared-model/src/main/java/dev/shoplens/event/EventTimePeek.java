package dev.shoplens.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.format.DateTimeParseException;

/**
 * Reads only the top-level {@code time} of a raw payload, without decoding the rest, so that watermarks can be made
 * where events enter the job (per Kafka partition). A payload without a readable time gives
 * {@link Long#MIN_VALUE}, which holds no watermark back; decoding rejects it later with its reason.
 */
public final class EventTimePeek {

    private static final JsonFactory JSON = new JsonFactory();

    private EventTimePeek() {}

    public static long timeOf(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Long.MIN_VALUE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("time".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parse(parser.getText()) : Long.MIN_VALUE;
                }
                parser.skipChildren();
            }
            return Long.MIN_VALUE;
        } catch (IOException | RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private static long parse(String text) {
        try {
            return EventTimes.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }
}
