package dev.shoplens.bench.harness;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine the figures were measured on: they only compare with figures of the same kind of machine.
 *
 * @param cores processors the JVM may use
 * @param memory physical memory, e.g. {@code 23.4 GB}
 * @param maxHeap the JVM's largest heap, e.g. {@code 2.0 GB}
 * @param java Java version and VM
 * @param os operating system, version and architecture
 */
public record Machine(int cores, String memory, String maxHeap, String java, String os) {

    public static Machine current() {
        long physical = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                gigabytes(physical),
                gigabytes(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
