package dev.shoplens.jobs.sink;

import dev.shoplens.store.write.ResultWriter;
import java.io.Serializable;
import java.util.List;

/** Which {@link ResultWriter} method a sink calls for its rows; a method reference such as {@code ResultWriter::writeOrders}. */
@FunctionalInterface
public interface StoreWrite<T> extends Serializable {
    void write(ResultWriter writer, List<T> rows);
}
