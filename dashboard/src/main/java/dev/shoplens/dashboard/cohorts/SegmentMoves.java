package dev.shoplens.dashboard.cohorts;

import dev.shoplens.dashboard.i18n.ModelWords;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.scores.SegmentFlow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The moves between segments in a period, from the store's daily flows: customers who ended a day in another segment
 * than the day before, added up per calendar month (UTC). A customer who moves twice counts twice. Customers who stayed
 * are left out; newcomers (segment -1 the day before) are kept, as a move from {@link #NEW}.
 */
record SegmentMoves(List<Move> moves, Map<Integer, String> names) {

    /** What a newcomer came from. */
    static final int NEW = -1;

    /** How many customers moved from one segment to another in one month. */
    record Move(YearMonth month, int from, int to, long customers) {}

    static SegmentMoves of(List<SegmentFlow> flows) {
        Map<Integer, String> names = new HashMap<>();
        // Oldest first, so the newest name of a segment wins.
        flows.stream()
                .sorted(Comparator.comparing(SegmentFlow::day))
                .filter(f -> f.toName() != null)
                .forEach(f -> names.put(f.toSegment(), f.toName()));
        Map<YearMonth, Map<List<Integer>, Long>> byMonth = new TreeMap<>();
        for (SegmentFlow f : flows) {
            if (f.fromSegment() != f.toSegment() && f.customers() > 0) {
                byMonth.computeIfAbsent(YearMonth.from(f.day()), m -> new TreeMap<>(SegmentMoves::pairOrder))
                        .merge(List.of(f.fromSegment(), f.toSegment()), f.customers(), Long::sum);
            }
        }
        List<Move> moves = new ArrayList<>();
        byMonth.forEach((month, pairs) ->
                pairs.forEach((pair, customers) -> moves.add(new Move(month, pair.get(0), pair.get(1), customers))));
        return new SegmentMoves(List.copyOf(moves), Map.copyOf(names));
    }

    /** The moves of the whole period per pair of segments, most customers first. */
    List<Move> totals() {
        Map<List<Integer>, Long> totals = new HashMap<>();
        moves.forEach(m -> totals.merge(List.of(m.from(), m.to()), m.customers(), Long::sum));
        return totals.entrySet().stream()
                .map(e -> new Move(null, e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(Move::customers)
                        .reversed()
                        .thenComparingInt(Move::from)
                        .thenComparingInt(Move::to))
                .toList();
    }

    /**
     * A segment's newest name in the user's language; {@code newcomers} for {@link #NEW}, "segment N" where no name
     * is known.
     */
    String name(int segment, String newcomers) {
        if (segment == NEW) {
            return newcomers;
        }
        String name = names.get(segment);
        return name == null ? Texts.of("cohorts.segmentNumber", segment) : ModelWords.segment(name);
    }

    private static int pairOrder(List<Integer> a, List<Integer> b) {
        int byFrom = Integer.compare(a.get(0), b.get(0));
        return byFrom != 0 ? byFrom : Integer.compare(a.get(1), b.get(1));
    }
}
