package dev.shoplens.retrain.sequences;

import java.time.LocalDate;

/** What a customer looked at on one day (UTC): product views and cart adds, as the feature job counted them. */
public record DailyActivity(LocalDate day, int views, int cartAdds) {}
