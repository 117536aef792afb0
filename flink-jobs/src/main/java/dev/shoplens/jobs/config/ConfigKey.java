package dev.shoplens.jobs.config;

import dev.shoplens.jobs.forecast.ForecastSettings;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.store.retention.Retention;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every key of {@code shoplens.yaml}, with the environment variable that overrides it and its default. The
 * configuration table of docs/operating.md lists exactly these (a test checks it).
 */
public enum ConfigKey {
    KAFKA_BOOTSTRAP_SERVERS("kafka.bootstrapServers", null, "Kafka bootstrap servers, host:port[,host:port]"),
    KAFKA_TOPIC("kafka.topic", "shop-events", "topic of the shop's events"),
    KAFKA_GROUP_ID("kafka.groupId", "shoplens", "consumer group of the feature job"),
    KAFKA_AUDIENCE_TOPIC(
            "kafka.audienceTopic",
            "shoplens-audience-changes",
            "topic the job publishes audience membership changes to (JSON keyed by customer; see docs/audiences.md)"),
    STORE_KIND("store.kind", "clickhouse", "where results go: clickhouse or duckdb"),
    CLICKHOUSE_URL("store.clickhouse.url", "http://localhost:8123", "ClickHouse HTTP endpoint"),
    CLICKHOUSE_DATABASE("store.clickhouse.database", "shoplens", "ClickHouse database (created if missing)"),
    CLICKHOUSE_USER("store.clickhouse.user", "default", "ClickHouse user"),
    CLICKHOUSE_PASSWORD(
            "store.clickhouse.password",
            "",
            "ClickHouse password; give it as SHOPLENS_STORE_CLICKHOUSE_PASSWORD or in the file"
                    + " SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE names, never in the file you share"),
    CLICKHOUSE_COMPRESS(
            "store.clickhouse.compress",
            "true",
            "compress requests and responses (LZ4) between ShopLens and ClickHouse: true or false"),
    DUCKDB_FILE("store.duckdb.file", "data/shoplens.duckdb", "DuckDB file (store.kind: duckdb, one machine)"),
    FLINK_PARALLELISM("flink.parallelism", "2", "parallelism of the job's keyed steps and the Kafka source"),
    FLINK_CHECKPOINT_DIR("flink.checkpointDir", "file:///tmp/shoplens/checkpoints", "where checkpoints are kept"),
    FLINK_CHECKPOINT_INTERVAL_SECONDS("flink.checkpointIntervalSeconds", "10", "seconds between checkpoints"),
    FLINK_STATE_BACKEND("flink.stateBackend", "rocksdb", "rocksdb (large state, on disk) or hashmap (on the heap)"),
    FLINK_MANAGED_MEMORY(
            "flink.managedMemory",
            "1g",
            "memory for RocksDB's block cache and write buffers when the job runs in ShopLens' own JVM (bin/shoplens"
                    + " run); a cluster's task managers size their own (taskmanager.memory.managed.*)"),
    FLINK_REST_URL(
            "flink.restUrl",
            null,
            "Flink's REST API (the JobManager, e.g. http://jobmanager:8081): the dashboard's Operations page shows the"
                    + " jobs from it and triggers savepoints through it"),
    FLINK_SAVEPOINT_DIR(
            "flink.savepointDir",
            null,
            "where savepoints go (the job's and the dashboard's); none: the cluster's"
                    + " execution.checkpointing.savepoint-dir"),
    MODELS_PURCHASE_DAYS(
            "models.purchaseDays",
            days(ModelSettings.defaults().horizons().purchase()),
            "the purchase model predicts whether a customer buys within this many days (whole days, at least 1)"),
    MODELS_CHURN_DAYS(
            "models.churnDays",
            days(ModelSettings.defaults().horizons().churn()),
            "a customer has churned when they buy nothing within this many days (whole days, at least 1)"),
    MODELS_SEGMENTS(
            "models.segments",
            String.valueOf(ModelSettings.defaults().training().segments()),
            "how many customer segments k-means makes (2 to 20)"),
    MODELS_RETENTION_DAYS(
            "models.retentionDays",
            days(ModelSettings.defaults().retention()),
            "a customer silent this many days is forgotten by the job, with the labels they still wait for (more"
                    + " than the longest horizon)"),
    MODELS_AUC_MARGIN(
            "models.promotion.aucMargin",
            String.valueOf(ModelSettings.defaults().promotion().aucMargin()),
            "a new purchase or churn version serves unless its AUC is lower than the serving version's by more than"
                    + " this (0 to 0.5; the nightly LSTM's too)"),
    MODELS_LOG_LOSS_MARGIN(
            "models.promotion.logLossMargin",
            String.valueOf(ModelSettings.defaults().promotion().logLossMargin()),
            "a new purchase or churn version serves unless its log loss is higher than the serving version's by more"
                    + " than this (0 to 1; the nightly LSTM's too)"),
    MODELS_VALUE_MAE_MARGIN(
            "models.promotion.valueMaeMargin",
            String.valueOf(ModelSettings.defaults().valueMaeMargin()),
            "a new value version serves unless its error on orders is higher than the serving version's by more than"
                    + " this share (0 to 1)"),
    FORECAST_IDLE_DAYS(
            "forecast.idleDays",
            String.valueOf(ForecastSettings.DEFAULT_IDLE_DAYS),
            "after this many days without sales or stock reports a product's demand history is dropped, and one that"
                    + " comes back starts afresh (more than a year keeps seasonal products' history; 1 to 3650)"),
    RETRAIN_LSTM_HIDDEN_UNITS(
            "retrain.lstm.hiddenUnits",
            String.valueOf(LstmSettings.defaults().hiddenUnits()),
            "LSTM cells of the nightly purchase and churn models (1 to 1024; more learn more and train slower)"),
    RETRAIN_LSTM_MAX_EPOCHS(
            "retrain.lstm.maxEpochs",
            String.valueOf(LstmSettings.defaults().maxEpochs()),
            "passes over the training sequences at most, each night (1 to 500)"),
    RETRAIN_LSTM_PATIENCE(
            "retrain.lstm.patience",
            String.valueOf(LstmSettings.defaults().patience()),
            "epochs without a better validation log loss before a night's training stops (1 to 100)"),
    RETRAIN_LSTM_BATCH_SIZE(
            "retrain.lstm.batchSize",
            String.valueOf(LstmSettings.defaults().batchSize()),
            "sequences per gradient step (1 to 65536; larger is faster per epoch and learns less per epoch)"),
    RETRAIN_LSTM_MAX_SEQUENCES(
            "retrain.lstm.maxSequences",
            String.valueOf(LstmSettings.defaults().maxSequences()),
            "labelled sequences a night's LSTM trains and validates on at most; beyond it a seeded sample of the"
                    + " customers' weekly cut-offs, so a big shop's night ends in bounded time (1000 to 10000000)"),
    RETRAIN_LSTM_LEARNING_RATE(
            "retrain.lstm.learningRate",
            String.valueOf(LstmSettings.defaults().learningRate()),
            "Adam's step size (above 0, at most 1)"),
    RETRAIN_FOREST_TREES(
            "retrain.forest.trees",
            String.valueOf(ForestSettings.defaults().trees()),
            "trees of the nightly demand forest (1 to 1000)"),
    RETRAIN_FOREST_MAX_DEPTH(
            "retrain.forest.maxDepth",
            String.valueOf(ForestSettings.defaults().maxDepth()),
            "how deep each tree of the nightly demand forest grows (1 to 30)"),
    RETENTION_REJECTED_EVENTS(
            "retention.rejectedEventsDays",
            keptDays("rejected_events"),
            "days rejected input is kept, with its payload (which may be personal data)"),
    RETENTION_EVENT_COUNTS(
            "retention.eventCountsDays",
            keptDays("event_counts"),
            "days the per-minute event counts are kept (the Overview's and Operations' recent minutes)"),
    RETENTION_CUSTOMER_DAILY(
            "retention.customerDailyDays",
            keptDays("customer_daily"),
            "days each customer's daily rows are kept (the nightly LSTM reads 60 days before each of 8 weekly cut-offs)"),
    RETENTION_PRODUCT_DAILY(
            "retention.productDailyDays",
            keptDays("product_daily"),
            "days each product's daily rows are kept (the demand forecasts' history: two years for a yearly season)"),
    RETENTION_SEQUENCE_SCORES(
            "retention.sequenceScoresDays",
            keptDays("sequence_scores"),
            "days the nightly LSTM's scores are kept (until their horizon has passed and they are measured)"),
    PRIVACY_PSEUDONYM_KEY(
            "privacy.pseudonymKey",
            null,
            "the shop's secret key (at least 32 bytes: openssl rand -hex 32) for keeping customer ids as keyed"
                    + " pseudonyms made at ingest; give it as SHOPLENS_PRIVACY_PSEUDONYM_KEY or in the file"
                    + " SHOPLENS_PRIVACY_PSEUDONYM_KEY_FILE names, never in the file you share; none: ids as they come"
                    + " (see docs/operating.md#pseudonymous-customer-ids)"),
    DASHBOARD_PORT("dashboard.port", "8080", "port of the dashboard"),
    DASHBOARD_USERS_FILE(
            "dashboard.usersFile",
            null,
            "a properties or YAML file with the dashboard's users (shoplens.security.users[i].name, .password as a"
                    + " {bcrypt} hash, .roles), a relative path from the working folder; none: nobody can sign in"),
    DASHBOARD_CURRENCY("dashboard.currency", "GBP", "ISO 4217 code of the currency the dashboard shows amounts in");

    private final String path;
    private final String defaultValue;
    private final String description;

    ConfigKey(String path, String defaultValue, String description) {
        this.path = path;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    private static String keptDays(String table) {
        return String.valueOf(Retention.DEFAULTS.daysOf(table));
    }

    private static String days(Duration duration) {
        return String.valueOf(duration.toDays());
    }

    /** The key of {@code table}'s retention: {@code rejected_events} → {@code retention.rejectedEventsDays}. */
    static ConfigKey retentionOf(String table) {
        String camel = Pattern.compile("_([a-z])").matcher(table).replaceAll(m -> m.group(1)
                .toUpperCase(Locale.ROOT));
        String path = "retention." + camel + "Days";
        return Arrays.stream(values())
                .filter(key -> key.path.equals(path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no configuration key " + path + " for " + table));
    }

    public String path() {
        return path;
    }

    /** {@code kafka.bootstrapServers} → {@code SHOPLENS_KAFKA_BOOTSTRAP_SERVERS}. */
    public String environmentVariable() {
        return "SHOPLENS_"
                + path.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** A secret: shown only as set or not, never printed. */
    public boolean secret() {
        return this == CLICKHOUSE_PASSWORD || this == PRIVACY_PSEUDONYM_KEY;
    }

    public String description() {
        return description;
    }
}
