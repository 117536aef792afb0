package dev.shoplens.jobs.forecast;

import dev.shoplens.features.ProductDay;
import dev.shoplens.forecast.DemandForecast;
import dev.shoplens.jobs.combine.CombinePerWatermark;
import dev.shoplens.store.write.ForecastTables;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The forecasting step of the feature job: product days in, a forecast per product, category and the shop out each
 * time a day closes. Categories and the shop are forecast from their own totals (a total is steadier than its
 * parts), not as sums of product forecasts.
 */
public final class DemandForecasts {

    private DemandForecasts() {}

    public static void addTo(DataStream<ProductDay> productDays, Sink<DemandForecast> sink, ForecastSettings settings) {
        SingleOutputStreamOperator<DemandForecast> products = productDays
                .map(DemandUpdate::of)
                .returns(DemandUpdate.class)
                .name("product demand")
                .uid("product-demand")
                .keyBy(DemandUpdate::key)
                .process(new DemandForecastFunction(settings))
                .name("product forecasts")
                .uid("product-forecasts");
        SingleOutputStreamOperator<DemandForecast> totals = products.getSideOutput(DemandForecastFunction.ROLLUP)
                .keyBy(DemandUpdate::key)
                .process(new DemandForecastFunction(settings))
                .name("category and shop forecasts")
                .uid("total-forecasts");
        newest(products, "product")
                .union(newest(totals, "total"))
                .sinkTo(sink)
                .name("store forecasts")
                .uid("store-forecasts")
                .setParallelism(1);
    }

    /**
     * The newest forecast of each series when the watermark moves: a replay closes many days of a series between
     * two watermarks, and the store keeps only the newest forecast of each.
     */
    private static DataStream<DemandForecast> newest(DataStream<DemandForecast> forecasts, String level) {
        return CombinePerWatermark.newestPerKey(forecasts, f -> ForecastTables.DEMAND_FORECASTS.keyOf(f))
                .name("newest " + level + " forecasts")
                .uid("newest-" + level + "-forecasts");
    }
}
