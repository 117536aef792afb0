package dev.shoplens.jobs.models;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Holds training input until the watermark has passed its time, then releases it in one order: by time, then by
 * customer. The trainer sees its labels in arrival order otherwise, and arrival from several snapshot subtasks
 * interleaves differently on every run, so batches (a version per N labels) and the models fitted on them would
 * differ between two runs of the same events. A customer's own inputs keep the order they were made in (they come
 * from one subtask, in order, and the sort is stable).
 */
public final class TrainingOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<TrainingInput> ORDER =
            Comparator.comparing(TrainingInput::time).thenComparing(TrainingInput::customerId);

    private final List<TrainingInput> held = new ArrayList<>();

    public void hold(TrainingInput input) {
        held.add(input);
    }

    /** Everything at or before {@code time} (epoch millis), in order; it is held no more. */
    public List<TrainingInput> releaseUpTo(long time) {
        List<TrainingInput> released = new ArrayList<>();
        for (Iterator<TrainingInput> it = held.iterator(); it.hasNext(); ) {
            TrainingInput input = it.next();
            if (input.time().toEpochMilli() <= time) {
                released.add(input);
                it.remove();
            }
        }
        released.sort(ORDER);
        return released;
    }

    public int held() {
        return held.size();
    }
}
