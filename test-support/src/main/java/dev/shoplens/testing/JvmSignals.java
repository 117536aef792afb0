package dev.shoplens.testing;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Keeps the JVM's handlers of the deadly signals in place around libchdb. The JVM relies on them (implicit null
 * checks, safepoint polls, stack banging); libchdb installs its own on start, and even opting out of them resets the
 * JVM's to the default, which kills the process at the JVM's next implicit null check. So: save before, restore
 * after.
 */
final class JvmSignals {

    /** SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGTSTP, SIGSYS on Linux. */
    private static final int[] DEADLY = {4, 5, 6, 7, 8, 11, 20, 31};

    /** More than a Linux {@code struct sigaction} (152 bytes on glibc x86-64). */
    private static final int SIGACTION_SIZE = 256;

    interface LibC extends Library {
        int sigaction(int signal, Pointer action, Pointer oldAction);
    }

    private static final LibC LIBC = Native.load("c", LibC.class);

    private final Memory[] saved = new Memory[DEADLY.length];

    private JvmSignals() {}

    static JvmSignals save() {
        JvmSignals signals = new JvmSignals();
        for (int i = 0; i < DEADLY.length; i++) {
            signals.saved[i] = new Memory(SIGACTION_SIZE);
            signals.saved[i].clear();
            LIBC.sigaction(DEADLY[i], null, signals.saved[i]);
        }
        return signals;
    }

    void restore() {
        for (int i = 0; i < DEADLY.length; i++) {
            LIBC.sigaction(DEADLY[i], saved[i], null);
        }
    }
}
