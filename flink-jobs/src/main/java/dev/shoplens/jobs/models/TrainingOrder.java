package dev.shoplens.jobs.models;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * Holds training input until the watermark has passed its time, then releases it in one order: by time, then by
 * customer. The trainer sees its labels in arrival order otherwise, and arrival from several snapshot subtasks
 * interleaves differently on every run, so batches (a version per N labels) and the models fitted on them would
 * differ between two runs of the same events. A customer's own inputs keep the order they were made in (they come
 * from one subtask, in order, and the sort is stable).
 */
public final class TrainingOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Comparator<TrainingInput> BY_CUSTOMER = Comparator.comparing(TrainingInput::customerId);

    // By time, each time's input in arrival order: a release takes the times due and leaves the rest untouched (a
    // single list was scanned whole at every release, which grew with the shop times the days held).
    private final TreeMap<Long, List<TrainingInput>> held = new TreeMap<>();
    private int count;

    public void hold(TrainingInput input) {
        held.computeIfAbsent(input.time().toEpochMilli(), t -> new ArrayList<>())
                .add(input);
        count++;
    }

    /** Everything at or before {@code time} (epoch millis), in order; it is held no more. */
    public List<TrainingInput> releaseUpTo(long time) {
        List<TrainingInput> released = new ArrayList<>();
        for (Iterator<List<TrainingInput>> it =
                        held.headMap(time, true).values().iterator();
                it.hasNext(); ) {
            List<TrainingInput> sameTime = it.next();
            sameTime.sort(BY_CUSTOMER); // stable: a customer's own inputs keep their order
            released.addAll(sameTime);
            it.remove();
        }
        count -= released.size();
        return released;
    }

    public int held() {
        return count;
    }

    /** Everything held, by time and each time's in arrival order: holding it again in this order restores it. */
    public List<TrainingInput> all() {
        List<TrainingInput> all = new ArrayList<>(count);
        held.values().forEach(all::addAll);
        return all;
    }
}
