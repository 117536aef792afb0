package dev.shoplens.dashboard.operations.flink;

import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import java.time.Duration;
import java.util.Locale;

/** How the jobs grid writes sizes, durations and back-pressure, in the user's language. */
final class FlinkFigures {

    private FlinkFigures() {}

    /** Bytes in the largest unit that keeps a whole number in front (2.0 KB, 36.4 MB). */
    static String bytes(Long bytes) {
        if (bytes == null) {
            return Figures.NONE;
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (unit == 0 ? Long.toString(bytes) : oneDecimal(value)) + " " + units[unit];
    }

    /** Both languages write a decimal point and these figures stay below a thousand: no grouping needed. */
    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A checkpoint's duration: milliseconds below a second, else seconds. */
    static String millis(Long millis) {
        if (millis == null) {
            return Figures.NONE;
        }
        return millis < 1000
                ? Texts.of("flink.millis", Figures.count(millis))
                : Texts.of("flink.seconds", oneDecimal(millis / 1000.0));
    }

    /** An uptime or an age: seconds, minutes, then hours and minutes, then days and hours. */
    static String span(Duration span) {
        if (span == null) {
            return Figures.NONE;
        }
        long seconds = Math.max(0, span.toSeconds());
        if (seconds < 60) {
            return Texts.of("flink.seconds", Figures.count(seconds));
        }
        if (seconds < 3600) {
            return Texts.of("flink.minutes", Figures.count(seconds / 60));
        }
        if (seconds < 86_400) {
            return Texts.of("flink.hours", Figures.count(seconds / 3600), Figures.count(seconds % 3600 / 60));
        }
        return Texts.of("flink.days", Figures.count(seconds / 86_400), Figures.count(seconds % 86_400 / 3600));
    }

    /** Flink's level with the busiest subtask's share of time back-pressured, and where: "high 87% · Map". */
    static String backPressure(BackPressure pressure) {
        if (pressure == null) {
            return Figures.NONE;
        }
        return Texts.of("flink.backPressure." + pressure.level()) + " " + Math.round(pressure.ratio() * 100) + "% · "
                + pressure.vertex();
    }
}
