package dev.shoplens.testing;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The C API of libchdb (the ClickHouse engine as a library) that the HTTP adapter needs. */
interface Chdb extends Library {

    /** Returns a pointer to a connection handle; queries take the handle itself. */
    Pointer chdb_connect(int argc, String[] argv);

    void chdb_close_conn(Pointer connectionPointer);

    void chdb_set_signal_handlers_enabled(int enabled);

    Pointer chdb_query_n(Pointer connection, byte[] query, long queryLength, byte[] format, long formatLength);

    void chdb_destroy_query_result(Pointer result);

    Pointer chdb_result_buffer(Pointer result);

    long chdb_result_length(Pointer result);

    String chdb_result_error(Pointer result);

    /**
     * Loads the library with its symbols kept local (RTLD_NOW without RTLD_GLOBAL): libchdb carries its own copies
     * of lz4, zstd and friends, which must not replace the ones other native code in the JVM (Kafka's compression
     * codecs, RocksDB) links against.
     */
    static Chdb load(String libraryPath) {
        return Native.load(libraryPath, Chdb.class, java.util.Map.of(Library.OPTION_OPEN_FLAGS, 2));
    }
}
