package dev.shoplens.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shoplens.jobs.FeatureJobMain;
import dev.shoplens.store.ClickHouseSettings;
import dev.shoplens.store.schema.ClusterTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's files under {@code infra/} and the README cannot run here (no Docker, no Kubernetes), so this test
 * holds them to the code: the entry class, every {@code SHOPLENS_*} variable and {@code shoplens.yaml} key against
 * {@link ConfigKey}, and the cluster DDL against the single-server schema in {@code sql/clickhouse}.
 */
class InfraFilesTest {

    /** The repository root: the parent of this module's directory, where surefire runs. */
    private static final Path ROOT =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

    private static final Pattern ENV_VARIABLE = Pattern.compile("SHOPLENS_[A-Z0-9_]+");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theFlinkDeploymentRunsTheFeatureJobFromTheJobJarAndResumesFromSavepoints() throws IOException {
        JsonNode spec =
                document("infra/flink/feature-job.yaml", "FlinkDeployment").path("spec");

        assertThat(spec.path("flinkVersion").asText()).isEqualTo("v2_2");
        assertThat(spec.at("/job/entryClass").asText()).isEqualTo(FeatureJobMain.class.getName());
        assertThat(spec.at("/job/jarURI").asText()).endsWith("/shoplens-jobs.jar");
        assertThat(spec.at("/job/upgradeMode").asText()).isEqualTo("savepoint");
        assertThat(spec.at("/flinkConfiguration/state.backend.type").asText()).isEqualTo("rocksdb");
        assertThat(spec.at("/flinkConfiguration/state.backend.rocksdb.timer-service.factory")
                        .asText())
                .isEqualTo(JobRuntime.TIMERS.name());
        assertThat(spec.at("/flinkConfiguration/execution.checkpointing.incremental")
                        .asText())
                .isEqualTo("true");
        assertThat(spec.at("/flinkConfiguration/execution.checkpointing.savepoint-dir")
                        .asText())
                .isNotBlank();
        List<String> args = new ArrayList<>();
        spec.at("/job/args").forEach(arg -> args.add(arg.asText()));
        assertThat(args).hasSize(2).first().isEqualTo("--config");
        String mountPath = spec.at("/podTemplate/spec/containers/0/volumeMounts/0/mountPath")
                .asText();
        assertThat(args.get(1)).isEqualTo(mountPath + "/shoplens.yaml");
    }

    @Test
    void theFlinkDeploymentsShopLensSettingsAreValidAndAgreeWithItsFlinkSettings(@TempDir Path dir) throws IOException {
        JsonNode spec =
                document("infra/flink/feature-job.yaml", "FlinkDeployment").path("spec");
        String yaml = document("infra/flink/feature-job.yaml", "ConfigMap")
                .at("/data/shoplens.yaml")
                .asText();
        Path file = Files.writeString(dir.resolve("shoplens.yaml"), yaml);

        assertThat(leafPaths(YAML.readTree(yaml))).isSubsetOf(configPaths());
        ShopLensConfig config = ShopLensConfig.load(file, Map.of());
        assertThat(config.kafka().bootstrapServers()).isNotBlank();
        assertThat(config.store().describe()).startsWith("clickhouse:");
        assertThat(config.get(ConfigKey.FLINK_PARALLELISM))
                .isEqualTo(spec.at("/job/parallelism").asText());
        assertThat(config.get(ConfigKey.FLINK_CHECKPOINT_DIR))
                .isEqualTo(spec.at("/flinkConfiguration/execution.checkpointing.dir")
                        .asText());
        assertThat(config.get(ConfigKey.FLINK_STATE_BACKEND))
                .isEqualTo(spec.at("/flinkConfiguration/state.backend.type").asText());
    }

    @Test
    void everyShopLensVariableOfTheComposeFileAndTheFlinkDeploymentIsAConfigKey() throws IOException {
        Set<String> known = Arrays.stream(ConfigKey.values())
                .map(ConfigKey::environmentVariable)
                .collect(Collectors.toSet());
        for (String file : List.of("infra/docker-compose.yml", "infra/flink/feature-job.yaml")) {
            Set<String> used = new TreeSet<>();
            Matcher m = ENV_VARIABLE.matcher(read(file));
            while (m.find()) {
                // A key's _FILE variable names the file its secret is read from.
                String variable = m.group();
                boolean secretFile = !known.contains(variable) && variable.endsWith("_FILE");
                used.add(secretFile ? variable.substring(0, variable.length() - "_FILE".length()) : variable);
            }
            assertThat(used).as(file).isNotEmpty().isSubsetOf(known);
        }
        List<String> flinkDeploymentEnv = new ArrayList<>();
        document("infra/flink/feature-job.yaml", "FlinkDeployment")
                .at("/spec/podTemplate/spec/containers/0/env")
                .forEach(env -> flinkDeploymentEnv.add(env.path("name").asText()));
        assertThat(flinkDeploymentEnv).contains(ConfigKey.CLICKHOUSE_PASSWORD.environmentVariable());
    }

    @Test
    void theComposeFileSubmitsTheFeatureJobWithSettingsTheCodeAccepts(@TempDir Path secrets) throws IOException {
        JsonNode compose = document("infra/docker-compose.yml", null);
        JsonNode services = compose.path("services");
        JsonNode job = services.path("feature-job");
        assertThat(job.path("command").toString()).contains("-c " + FeatureJobMain.class.getName());

        ShopLensConfig config =
                ShopLensConfig.load(ROOT.resolve("infra/shoplens.yaml"), environment(compose, job, secrets));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.store().describe()).isEqualTo("clickhouse:http://clickhouse:8123/shoplens");
        assertThat(services.at("/jobmanager/environment/FLINK_PROPERTIES").asText())
                .contains("execution.checkpointing.dir: " + config.get(ConfigKey.FLINK_CHECKPOINT_DIR));
        // Tuned as the job tunes RocksDB in its own JVM (JobRuntime).
        for (String process : List.of("jobmanager", "taskmanager")) {
            assertThat(services.at("/" + process + "/environment/FLINK_PROPERTIES")
                            .asText())
                    .as(process)
                    .contains(
                            "state.backend.rocksdb.timer-service.factory: " + JobRuntime.TIMERS.name(),
                            "execution.checkpointing.incremental: true");
        }

        ShopLensConfig dashboard = ShopLensConfig.load(
                ROOT.resolve("infra/shoplens.yaml"), environment(compose, services.path("dashboard"), secrets));
        assertThat(dashboard.store().describe()).isEqualTo(config.store().describe());
        assertThat(((ClickHouseSettings) config.store()).user()).isEqualTo("shoplens_job");
        assertThat(((ClickHouseSettings) dashboard.store()).user()).isEqualTo("shoplens_dashboard");
        assertThat(((ClickHouseSettings) dashboard.store()).compress()).isTrue();
        assertThat(dashboard.get(ConfigKey.DASHBOARD_USERS_FILE)).endsWith("/dashboard_users.yaml");
    }

    @Test
    void theComposeFilePublishesOnlyTheDashboardOnThisMachineAndHasNoDemoUsersOrPasswords() throws IOException {
        JsonNode services = document("infra/docker-compose.yml", null).path("services");
        Map<String, String> published = new TreeMap<>();
        services.properties().forEach(service -> service.getValue()
                .path("ports")
                .forEach(port -> published.put(service.getKey(), port.asText())));
        assertThat(published).containsExactly(Map.entry("dashboard", "127.0.0.1:8080:8080"));

        String compose = read("infra/docker-compose.yml");
        assertThat(compose).doesNotContain("SPRING_PROFILES_ACTIVE").doesNotContainIgnoringCase("PASSWORD: shoplens");
        assertThat(services.at("/clickhouse/environment/CLICKHOUSE_PASSWORD").asText())
                .startsWith("${CLICKHOUSE_ADMIN_PASSWORD:?");
        assertThat(read("infra/flink/feature-job.yaml"))
                .doesNotContain("change-me")
                .doesNotContain("password:");
    }

    @Test
    void theClickHouseUsersHaveTheLeastRightsTheirWorkNeeds() throws IOException {
        String access = read("infra/clickhouse/access.sh");
        Map<String, List<String>> grants = new TreeMap<>();
        Matcher grant = Pattern.compile("GRANT ([A-Z, ]+) ON \\$\\{database}\\.(\\*|\\w+) TO (\\w+);")
                .matcher(access);
        while (grant.find()) {
            grants.computeIfAbsent(grant.group(3), user -> new ArrayList<>())
                    .add(grant.group(1) + " ON " + grant.group(2));
        }
        assertThat(grants)
                .containsOnlyKeys("shoplens_job", "shoplens_dashboard")
                .containsEntry(
                        "shoplens_job", List.of("CREATE DATABASE, CREATE TABLE, ALTER TABLE, SELECT, INSERT ON *"))
                .containsEntry(
                        "shoplens_dashboard",
                        List.of(
                                "SELECT ON *",
                                "INSERT ON inventory_settings",
                                "INSERT ON inventory_settings_changes",
                                "INSERT ON audit_log",
                                "INSERT ON audiences",
                                "ALTER DELETE ON customer_features",
                                "ALTER DELETE ON customer_scores",
                                "ALTER DELETE ON sequence_scores",
                                "ALTER DELETE ON customer_daily",
                                "ALTER DELETE ON customer_months",
                                "ALTER DELETE ON audience_changes",
                                "ALTER DELETE ON rejected_events",
                                "ALTER UPDATE ON orders",
                                "INSERT ON erased_customers"));
        // The tables the dashboard may write exist in the schema.
        for (String table : List.of(
                "inventory_settings",
                "inventory_settings_changes",
                "audit_log",
                "audiences",
                "audience_changes",
                "erased_customers",
                "orders")) {
            assertThat(allClickHouseDdl()).contains("CREATE TABLE IF NOT EXISTS " + table + " ");
        }
        assertThat(access).doesNotContain("default").contains("sha256_hash");
    }

    private static String allClickHouseDdl() throws IOException {
        StringBuilder ddl = new StringBuilder();
        for (String[] migration : migrations()) {
            ddl.append(read("sql/clickhouse/" + migration[1])).append('\n');
        }
        return ddl.toString();
    }

    @Test
    void theExampleConfigurationSetsExactlyTheConfigKeys() throws IOException {
        Path file = ROOT.resolve("infra/shoplens.yaml");

        assertThat(leafPaths(YAML.readTree(file.toFile()))).isEqualTo(configPaths());
        ShopLensConfig config = ShopLensConfig.load(file, Map.of());
        assertThat(config.kafka().bootstrapServers()).isNotBlank();
    }

    @Test
    void theClusterDdlHasEverySingleServerTableWithTheSameColumnsVersionSortKeyAndPartitioning() throws IOException {
        Map<String, CreateTable> cluster = CreateTable.parseAll(read("infra/clickhouse/cluster.sql"));
        List<String[]> migrations = migrations();
        assertThat(migrations).isNotEmpty();
        for (String[] migration : migrations) {
            for (CreateTable single :
                    CreateTable.parseAll(read("sql/clickhouse/" + migration[1])).values()) {
                CreateTable local = cluster.get(single.name() + "_local");
                CreateTable distributed = cluster.get(single.name());
                assertThat(local).as(single.name() + "_local in cluster.sql").isNotNull();
                assertThat(local.columns()).as(single.name()).containsExactlyEntriesOf(single.columns());
                assertThat(local.engine()).isEqualTo("Replicated" + single.engine());
                assertThat(local.versionColumn()).as(single.name()).isEqualTo(single.versionColumn());
                assertThat(single.orderBy()).as("sort key of " + single.name()).isNotNull();
                assertThat(local.orderBy()).as(single.name()).isEqualTo(single.orderBy());
                // Every table says how it is partitioned (tuple(): not at all), and by a function of what does not
                // change for a row's key, so that a row written again lands in the partition of its twin.
                assertThat(single.partitionBy())
                        .as("partitioning of " + single.name())
                        .isNotNull();
                assertThat(local.partitionBy()).as(single.name()).isEqualTo(single.partitionBy());

                assertThat(distributed).as(single.name() + " in cluster.sql").isNotNull();
                assertThat(distributed.engine()).isEqualTo("Distributed");
                assertThat(distributed.engineArgs().get(2)).isEqualTo(single.name() + "_local");
                // Where an erasure's mutations and the retention's TTLs go on the cluster.
                assertThat(ClusterTable.behind("Distributed(" + String.join(", ", distributed.engineArgs()) + ")"))
                        .contains(new ClusterTable("{cluster}", "shoplens", single.name() + "_local"));
                // A row written again after a replay must reach the shard that holds it, or it is never replaced.
                assertThat(identifiers(distributed.engineArgs().get(3)))
                        .as("sharding key of " + single.name())
                        .isNotEmpty()
                        .isSubsetOf(identifiers(single.orderBy()));
            }
        }
        Set<String> recorded = new TreeSet<>();
        Matcher m = Pattern.compile("\\((\\d+), '(V\\d+__\\w+\\.sql)'").matcher(read("infra/clickhouse/cluster.sql"));
        while (m.find()) {
            recorded.add(m.group(1) + " " + m.group(2));
        }
        assertThat(recorded)
                .as("schema_version rows of cluster.sql")
                .isEqualTo(migrations.stream().map(v -> v[0] + " " + v[1]).collect(Collectors.toSet()));
    }

    @Test
    void theOperatorsConfigurationTableListsEveryKeyWithItsVariableDefaultAndMeaning() throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : read("docs/operating.md").split("\n")) {
            String[] cells =
                    Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            if (cells.length == 6 && cells[2].startsWith("`SHOPLENS_")) {
                rows.put(cells[1], cells);
            }
        }
        assertThat(rows.keySet())
                .isEqualTo(configPaths().stream().map(p -> "`" + p + "`").collect(Collectors.toSet()));
        for (ConfigKey key : ConfigKey.values()) {
            String[] row = rows.get("`" + key.path() + "`");
            assertThat(row[2]).isEqualTo("`" + key.environmentVariable() + "`");
            if (key.defaultValue() == null) {
                assertThat(row[3]).as(key.path()).startsWith("none");
            } else if (key.defaultValue().isEmpty()) {
                assertThat(row[3]).as(key.path()).isEqualTo("empty");
            } else {
                assertThat(row[3]).as(key.path()).isEqualTo("`" + key.defaultValue() + "`");
            }
            assertThat(row[4]).as(key.path()).isEqualTo(key.description());
        }
    }

    private static Set<String> configPaths() {
        return Arrays.stream(ConfigKey.values()).map(ConfigKey::path).collect(Collectors.toSet());
    }

    private static Set<String> leafPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collectLeaves(node, "", paths);
        return paths;
    }

    private static void collectLeaves(JsonNode node, String prefix, Set<String> paths) {
        if (!node.isObject()) {
            paths.add(prefix);
            return;
        }
        node.properties()
                .forEach(field -> collectLeaves(
                        field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), paths));
    }

    /**
     * The service's environment as its container sees it: each {@code /run/secrets/NAME} a file in {@code secrets},
     * after checking that the service mounts that secret and the compose file defines it.
     */
    private static Map<String, String> environment(JsonNode compose, JsonNode service, Path secrets)
            throws IOException {
        Map<String, String> env = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : service.path("environment").properties()) {
            String value = e.getValue().asText();
            if (value.startsWith("/run/secrets/")) {
                String name = value.substring("/run/secrets/".length());
                assertThat(service.path("secrets").toString()).as(e.getKey()).contains("\"" + name + "\"");
                assertThat(compose.path("secrets").has(name))
                        .as("secret " + name)
                        .isTrue();
                value = Files.writeString(secrets.resolve(name), "secret\n").toString();
            }
            env.put(e.getKey(), value);
        }
        return env;
    }

    /** The YAML document of {@code kind} in {@code file} (the first document when {@code kind} is null). */
    private static JsonNode document(String file, String kind) throws IOException {
        try (var docs = YAML.readerFor(JsonNode.class)
                .<JsonNode>readValues(ROOT.resolve(file).toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (kind == null || kind.equals(doc.path("kind").asText())) {
                    return doc;
                }
            }
        }
        throw new AssertionError("no " + kind + " in " + file);
    }

    /** {@code sql/clickhouse/migrations}: version and script, in order. */
    private static List<String[]> migrations() throws IOException {
        return read("sql/clickhouse/migrations")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .toList();
    }

    /** Column names in an SQL expression: its words, less the function names and literals. */
    private static Set<String> identifiers(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("'[^']*'|([A-Za-z_]\\w*)\\s*(\\()?").matcher(expression);
        while (m.find()) {
            if (m.group(1) != null && m.group(2) == null) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }

    /** One {@code CREATE TABLE}: columns (name to type), or the table it copies with {@code AS}; engine; sort key. */
    record CreateTable(
            String name,
            Map<String, String> columns,
            String engine,
            List<String> engineArgs,
            String partitionBy,
            String orderBy) {

        private static final Pattern HEAD = Pattern.compile(
                "CREATE TABLE IF NOT EXISTS (?:\\w+\\.)?(\\w+)(?: ON CLUSTER '[^']*')?\\s*(.*)", Pattern.DOTALL);
        private static final Pattern ENGINE = Pattern.compile("ENGINE\\s*=\\s*(\\w+)\\s*(.*)", Pattern.DOTALL);
        private static final Pattern KEYS =
                Pattern.compile("(?:PARTITION BY\\s+(.*?)\\s+)?ORDER BY\\s+(.*)", Pattern.DOTALL);

        static Map<String, CreateTable> parseAll(String sql) {
            String code = sql.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
            Map<String, CreateTable> tables = new LinkedHashMap<>();
            for (String statement : code.split(";")) {
                Matcher head = HEAD.matcher(statement.strip());
                if (head.matches()) {
                    CreateTable table = parse(head.group(1), head.group(2));
                    tables.put(table.name(), table);
                }
            }
            return tables;
        }

        private static CreateTable parse(String name, String rest) {
            Map<String, String> columns = new LinkedHashMap<>();
            if (rest.startsWith("(")) {
                int end = closing(rest, 0);
                for (String column : splitTopLevel(rest.substring(1, end))) {
                    String[] parts = column.strip().split("\\s+", 2);
                    columns.put(parts[0], parts[1].replaceAll("\\s+", " "));
                }
                rest = rest.substring(end + 1);
            }
            Matcher engine = ENGINE.matcher(rest.substring(rest.indexOf("ENGINE")));
            if (!engine.matches()) {
                throw new AssertionError("no ENGINE in CREATE TABLE " + name);
            }
            List<String> args = List.of();
            String after = engine.group(2);
            if (after.startsWith("(")) {
                int end = closing(after, 0);
                args = splitTopLevel(after.substring(1, end)).stream()
                        .map(String::strip)
                        .toList();
                after = after.substring(end + 1).strip();
            }
            Matcher keys = KEYS.matcher(after);
            String partitionBy = null;
            String orderBy = null;
            if (keys.matches()) {
                partitionBy = keys.group(1) == null ? null : keys.group(1).replaceAll("\\s+", " ");
                orderBy = keys.group(2).strip().replaceAll("\\s+", " ");
            }
            return new CreateTable(name, columns, engine.group(1), args, partitionBy, orderBy);
        }

        /** The version column of a ReplacingMergeTree: its last argument, after a replicated table's path and replica. */
        String versionColumn() {
            int skip = engine.startsWith("Replicated") ? 2 : 0;
            return engineArgs.size() > skip ? engineArgs.get(engineArgs.size() - 1) : null;
        }

        private static int closing(String text, int open) {
            int depth = 0;
            boolean quoted = false;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new AssertionError("unbalanced parentheses in " + text);
        }

        private static List<String> splitTopLevel(String text) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                } else if (!quoted && depth == 0 && c == ',') {
                    parts.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(text.substring(start));
            return parts.stream().filter(p -> !p.isBlank()).toList();
        }
    }
}
