package dev.shoplens.testing;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The C API of libchdb (the ClickHouse engine as a library) that the HTTP adapter needs. */
interface Chdb extends Library {

    /** Returns a pointer to a connection handle; queries take the handle itself. */
    Pointer chdb_connect(int argc, String[] argv);

    void chdb_close_conn(Pointer connectionPointer);

    Pointer chdb_query_n(Pointer connection, byte[] query, long queryLength, byte[] format, long formatLength);

    void chdb_destroy_query_result(Pointer result);

    Pointer chdb_result_buffer(Pointer result);

    long chdb_result_length(Pointer result);

    String chdb_result_error(Pointer result);

    static Chdb load(String libraryPath) {
        return Native.load(libraryPath, Chdb.class);
    }
}
