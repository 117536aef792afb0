package dev.shoplens.retrain.backend;

import org.nd4j.linalg.factory.Nd4j;

/**
 * The ND4J backend the retrain runs on (CPU through OpenBLAS by default, CUDA with the {@code cuda} build profile),
 * limited to the threads it may use. OpenMP's default is every core of the machine: on shared cores that ran 3 to
 * 100 times slower than one thread per core actually available.
 */
public final class Backend {

    private Backend() {}

    /** Loads the backend (its native libraries, once per JVM) and limits it to {@code threads}. */
    public static String start(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        // OpenBLAS keeps its own pool, sized from OMP_NUM_THREADS when the library loaded.
        Nd4j.factory().blas().setMaxThreads(threads);
        return name();
    }

    /** The threads the backend computes with. */
    public static int threads() {
        return Nd4j.getEnvironment().maxThreads();
    }

    /** The threads OpenBLAS computes matrix products with. */
    public static int blasThreads() {
        return Nd4j.factory().blas().getMaxThreads();
    }

    /** "CpuBackend" or "CudaBackend", as recorded in each model's provenance. */
    public static String name() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }

    /**
     * The threads to use when none are configured: every core this JVM may use but one, left to the JVM's own
     * threads (the collector, the compiler, the store's reads) and whatever runs beside the night. OpenMP's threads
     * spin while they wait: on two cores, a night with both ran at half the speed of a night with one (the bench's
     * night of 1,000 customers: the first LSTM's epochs took 11 s each with one thread, over twice that with two).
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }
}
