package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.Audience;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.read.ShopReader;
import java.io.Serializable;
import java.util.List;

/** Where the job reads the audiences' definitions: the newest version of each, ended ones too. */
@FunctionalInterface
public interface AudienceDefinitions extends Serializable {

    /** For jobs without a store to read them from (tests, benchmarks of the bare pipeline). */
    AudienceDefinitions NONE = List::of;

    List<Audience> current();

    /** The definitions managers saved in {@code store}. */
    static AudienceDefinitions of(StoreSettings store) {
        return new FromStore(store);
    }

    record FromStore(StoreSettings store) implements AudienceDefinitions {
        @Override
        public List<Audience> current() {
            try (ShopReader reader = store.openReader()) {
                return reader.audiences().current();
            }
        }
    }
}
