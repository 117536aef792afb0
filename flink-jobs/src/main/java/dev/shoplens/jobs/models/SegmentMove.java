package dev.shoplens.jobs.models;

import java.time.LocalDate;

/** One customer's segment at the end of {@code day} and at the end of the day before (-1: not segmented then). */
public record SegmentMove(LocalDate day, int from, int to, String toName) {

    String key() {
        return day + ":" + from + ":" + to;
    }
}
