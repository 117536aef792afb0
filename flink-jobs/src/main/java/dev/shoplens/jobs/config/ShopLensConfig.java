package dev.shoplens.jobs.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoplens.jobs.audiences.AudienceTopic;
import dev.shoplens.jobs.models.ModelSettings;
import dev.shoplens.jobs.source.kafka.KafkaSettings;
import dev.shoplens.models.demand.ForestSettings;
import dev.shoplens.models.labels.Horizons;
import dev.shoplens.models.metrics.PromotionRule;
import dev.shoplens.models.train.LstmSettings;
import dev.shoplens.models.train.TrainingSettings;
import dev.shoplens.privacy.CustomerPseudonyms;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.DuckDbSettings;
import dev.shoplens.store.StoreSettings;
import dev.shoplens.store.retention.Retention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * ShopLens' configuration for real services, read once at start-up from {@code shoplens.yaml} (every key optional)
 * with environment variables taking precedence, and validated before anything connects. The jobs and the dashboard
 * read the same file.
 */
public final class ShopLensConfig {

    /** Where a key's effective value came from, as {@code shoplens config} shows it. */
    public enum Origin {
        DEFAULT("default"),
        FILE("the file"),
        ENVIRONMENT("environment"),
        SECRET_FILE("secret file");

        private final String words;

        Origin(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final Map<ConfigKey, String> values;
    private final Map<ConfigKey, Origin> origins;

    private ShopLensConfig(Map<ConfigKey, String> values, Map<ConfigKey, Origin> origins) {
        this.values = values;
        this.origins = origins;
        store(); // the store is needed by everything that reads the file; Kafka only by the job
        int parallelism = number(ConfigKey.FLINK_PARALLELISM);
        if (parallelism < 1) {
            throw new IllegalArgumentException("flink.parallelism must be at least 1");
        }
        if (number(ConfigKey.FLINK_CHECKPOINT_INTERVAL_SECONDS) < 1) {
            throw new IllegalArgumentException("flink.checkpointIntervalSeconds must be at least 1");
        }
        String backend = get(ConfigKey.FLINK_STATE_BACKEND);
        if (!backend.equals("rocksdb") && !backend.equals("hashmap")) {
            throw new IllegalArgumentException("flink.stateBackend must be rocksdb or hashmap, was " + backend);
        }
        JobRuntime.managedMemory(get(ConfigKey.FLINK_MANAGED_MEMORY));
        models();
        retention();
        forecastIdleDays();
        pseudonyms();
        lstm();
        forest();
    }

    /**
     * Reads {@code file} (may be null: defaults and environment only) and applies {@code environment}: a key's
     * variable ({@code SHOPLENS_STORE_CLICKHOUSE_PASSWORD}) wins over the file, and so does the content of the file
     * its {@code _FILE} variable names ({@code SHOPLENS_STORE_CLICKHOUSE_PASSWORD_FILE=/run/secrets/...}), the way
     * Docker and Kubernetes hand secrets to a process without putting them in its environment.
     */
    public static ShopLensConfig load(Path file, Map<String, String> environment) {
        JsonNode yaml = file == null ? null : readYaml(file);
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, Origin> origins = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String value = fromEnvironment(key, environment);
            Origin origin = environment.containsKey(key.environmentVariable() + "_FILE")
                    ? Origin.SECRET_FILE
                    : Origin.ENVIRONMENT;
            if (value == null && yaml != null) {
                JsonNode node = yaml.at("/" + key.path().replace('.', '/'));
                value = node.isMissingNode() || node.isNull() ? null : node.asText();
                origin = Origin.FILE;
            }
            if (value == null) {
                value = key.defaultValue();
                origin = Origin.DEFAULT;
            }
            values.put(key, value);
            origins.put(key, origin);
        }
        return new ShopLensConfig(values, origins);
    }

    private static String fromEnvironment(ConfigKey key, Map<String, String> environment) {
        String value = environment.get(key.environmentVariable());
        String secretFile = environment.get(key.environmentVariable() + "_FILE");
        if (value != null && secretFile != null) {
            throw new IllegalArgumentException(
                    "set " + key.environmentVariable() + " or " + key.environmentVariable() + "_FILE, not both");
        }
        if (secretFile == null) {
            return value;
        }
        try {
            // A trailing line break is how editors and `echo` end a file, never part of the secret.
            return Files.readString(Path.of(secretFile)).replaceFirst("\\r?\\n$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + key.environmentVariable() + "_FILE " + secretFile + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            return node == null ? null : node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration " + file, e);
        }
    }

    public String get(ConfigKey key) {
        return values.get(key);
    }

    /** Where {@code key}'s value came from. */
    public Origin origin(ConfigKey key) {
        return origins.get(key);
    }

    public boolean bool(ConfigKey key) {
        return switch (get(key).strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key.path() + " must be true or false, was " + get(key));
        };
    }

    public int number(ConfigKey key) {
        try {
            return Integer.parseInt(get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.path() + " must be a whole number, was " + get(key));
        }
    }

    /** A number with a fraction ({@code 0.005}), at least {@code min} and at most {@code max}. */
    private double decimal(ConfigKey key, double min, double max) {
        double value;
        try {
            value = Double.parseDouble(get(key).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.path() + " must be a number, was " + get(key));
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    key.path() + " must be from " + min + " to " + max + ", was " + get(key));
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    private int number(ConfigKey key, int min, int max) {
        int value = number(key);
        if (value < min || value > max) {
            throw new IllegalArgumentException(key.path() + " must be from " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    /**
     * How the job's customer models learn: the horizons, segments, promotion margins and retention of the file, the
     * rest as {@link ModelSettings#defaults()}.
     */
    public ModelSettings models() {
        ModelSettings defaults = ModelSettings.defaults();
        Horizons horizons = horizons();
        int retentionDays = number(ConfigKey.MODELS_RETENTION_DAYS, 1, 100 * 365);
        if (retentionDays <= horizons.longest().toDays()) {
            throw new IllegalArgumentException(ConfigKey.MODELS_RETENTION_DAYS.path() + " must be more than the"
                    + " longest horizon (" + horizons.longest().toDays() + " days), was " + retentionDays);
        }
        TrainingSettings training = defaults.training();
        return new ModelSettings(
                horizons,
                defaults.exampleEvery(),
                defaults.schedule(),
                defaults.segmentsEvery(),
                new TrainingSettings(
                        training.seed(),
                        training.fullEpochs(),
                        training.warmEpochs(),
                        training.learningRate(),
                        number(ConfigKey.MODELS_SEGMENTS, 2, 20)),
                promotion(),
                decimal(ConfigKey.MODELS_VALUE_MAE_MARGIN, 0, 1),
                Duration.ofDays(retentionDays),
                null);
    }

    /**
     * How far ahead the purchase and churn models look: the streaming models' and the nightly LSTM's. The value
     * model's stays at its default: the store's and the audiences' columns name it ({@code expected_revenue_90d}).
     */
    public Horizons horizons() {
        int limit = 5 * 365;
        return new Horizons(
                Duration.ofDays(number(ConfigKey.MODELS_CHURN_DAYS, 1, limit)),
                Duration.ofDays(number(ConfigKey.MODELS_PURCHASE_DAYS, 1, limit)),
                Horizons.defaults().value());
    }

    /** When a new purchase or churn version replaces the serving one: the streaming models' and the nightly LSTM's. */
    public PromotionRule promotion() {
        return new PromotionRule(
                decimal(ConfigKey.MODELS_AUC_MARGIN, 0, 0.5), decimal(ConfigKey.MODELS_LOG_LOSS_MARGIN, 0, 1));
    }

    /** The nightly LSTM's hyper-parameters: the file's sizes, epochs and step, the rest as the defaults. */
    public LstmSettings lstm() {
        LstmSettings d = LstmSettings.defaults();
        return new LstmSettings(
                number(ConfigKey.RETRAIN_LSTM_HIDDEN_UNITS, 1, 1024),
                positive(ConfigKey.RETRAIN_LSTM_LEARNING_RATE, 1),
                d.l2(),
                number(ConfigKey.RETRAIN_LSTM_BATCH_SIZE, 1, 65_536),
                number(ConfigKey.RETRAIN_LSTM_MAX_EPOCHS, 1, 500),
                number(ConfigKey.RETRAIN_LSTM_PATIENCE, 1, 100),
                number(ConfigKey.RETRAIN_LSTM_MAX_SEQUENCES, LstmSettings.MIN_SEQUENCES, 10_000_000),
                d.validationShare(),
                d.seed());
    }

    /** The nightly demand forest's trees and depth, the rest as the defaults. */
    public ForestSettings forest() {
        ForestSettings d = ForestSettings.defaults();
        return new ForestSettings(
                number(ConfigKey.RETRAIN_FOREST_TREES, 1, 1000),
                number(ConfigKey.RETRAIN_FOREST_MAX_DEPTH, 1, 30),
                d.featureFraction(),
                d.minChildWeight(),
                d.origins(),
                d.seed());
    }

    /** A number above 0 and at most {@code max}. */
    private double positive(ConfigKey key, double max) {
        double value = decimal(key, 0, max);
        if (value == 0) {
            throw new IllegalArgumentException(key.path() + " must be above 0, was " + get(key));
        }
        return value;
    }

    /** What a customer id becomes at ingest: a keyed pseudonym where a key is set, else the id itself. */
    public CustomerPseudonyms pseudonyms() {
        String key = get(ConfigKey.PRIVACY_PSEUDONYM_KEY);
        if (key == null || key.isEmpty()) {
            return CustomerPseudonyms.NONE;
        }
        try {
            return CustomerPseudonyms.keyed(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ConfigKey.PRIVACY_PSEUDONYM_KEY.path() + ": " + e.getMessage(), e);
        }
    }

    /** After how many days without activity a product's demand series is dropped. */
    public int forecastIdleDays() {
        return number(ConfigKey.FORECAST_IDLE_DAYS, 1, 3650);
    }

    /**
     * How long the store keeps the rows that age out: ClickHouse's TTLs (set when the job starts) and what
     * {@code bin/shoplens compact} deletes from DuckDB. Each table of {@link Retention#DEFAULTS} has its key.
     */
    public Retention retention() {
        Map<String, Integer> days = new HashMap<>();
        for (Retention.Rule rule : Retention.DEFAULTS.rules()) {
            days.put(rule.table(), number(ConfigKey.retentionOf(rule.table()), 1, 100 * 365));
        }
        return Retention.DEFAULTS.with(days);
    }

    public KafkaSettings kafka() {
        if (get(ConfigKey.KAFKA_BOOTSTRAP_SERVERS) == null) {
            throw new IllegalArgumentException("kafka.bootstrapServers must be set (or "
                    + ConfigKey.KAFKA_BOOTSTRAP_SERVERS.environmentVariable() + ")");
        }
        return new KafkaSettings(
                get(ConfigKey.KAFKA_BOOTSTRAP_SERVERS), get(ConfigKey.KAFKA_TOPIC), get(ConfigKey.KAFKA_GROUP_ID));
    }

    /** Where the audience membership changes are published. */
    public AudienceTopic audienceTopic() {
        return new AudienceTopic(kafka().bootstrapServers(), get(ConfigKey.KAFKA_AUDIENCE_TOPIC));
    }

    public StoreSettings store() {
        return switch (get(ConfigKey.STORE_KIND)) {
            case "clickhouse" -> new ClickHouseSettings(
                    get(ConfigKey.CLICKHOUSE_URL),
                    get(ConfigKey.CLICKHOUSE_DATABASE),
                    get(ConfigKey.CLICKHOUSE_USER),
                    get(ConfigKey.CLICKHOUSE_PASSWORD),
                    bool(ConfigKey.CLICKHOUSE_COMPRESS));
            case "duckdb" -> new DuckDbSettings(
                    Path.of(get(ConfigKey.DUCKDB_FILE)).toAbsolutePath().toString(), false);
            default -> throw new IllegalArgumentException(
                    "store.kind must be clickhouse or duckdb, was " + get(ConfigKey.STORE_KIND));
        };
    }
}
