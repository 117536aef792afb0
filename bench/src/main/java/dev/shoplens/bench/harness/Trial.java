package dev.shoplens.bench.harness;

/** One round of a measurement: runs the work once and returns its figure (a rate, or a time). */
@FunctionalInterface
public interface Trial {
    double run() throws Exception;
}
