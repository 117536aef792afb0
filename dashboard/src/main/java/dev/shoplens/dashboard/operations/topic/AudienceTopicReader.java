package dev.shoplens.dashboard.operations.topic;

import dev.shoplens.dashboard.operations.topic.TopicHealth.Availability;
import dev.shoplens.dashboard.operations.topic.TopicHealth.ConsumerLag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the audience topic's health from the brokers (Kafka's admin API: the partitions' offsets and the consumer
 * groups' committed offsets), for engineers on the Operations page. Never throws: brokers that do not answer within
 * the timeout make an {@link Availability#UNREACHABLE} reading that says why. One admin client serves every page, and
 * one reading serves every page that refreshes within {@link #SHARED_FOR}, so that brokers that do not answer hold up
 * one page's refresh, not each one's in turn.
 */
public final class AudienceTopicReader implements AutoCloseable {

    /** As often as the Operations page refreshes itself. */
    static final Duration SHARED_FOR = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(AudienceTopicReader.class);

    private final AudienceTopicProperties properties;
    private final Clock clock;
    private Admin admin;
    private TopicHealth last;

    public AudienceTopicReader(AudienceTopicProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A reader without brokers: every read says the changes go to the store alone. */
    public static AudienceTopicReader notConfigured() {
        return new AudienceTopicReader(new AudienceTopicProperties(null, null, null), Clock.systemUTC());
    }

    public boolean configured() {
        return properties.configured();
    }

    public String topic() {
        return properties.topic();
    }

    public String bootstrapServers() {
        return properties.bootstrapServers();
    }

    public synchronized TopicHealth read() {
        if (!configured()) {
            return TopicHealth.notConfigured(topic());
        }
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.readAt().plus(SHARED_FOR))) {
            last = readNow(now);
            if (last.availability() == Availability.UNREACHABLE) {
                // A client left open keeps trying to connect, and logs each failure, until it is closed.
                close();
            }
        }
        return last;
    }

    private TopicHealth readNow(Instant now) {
        try {
            return read(admin(), now);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return TopicHealth.failed(
                        Availability.NO_TOPIC, topic(), now, e.getCause().getMessage());
            }
            LOG.debug("The audience topic could not be read", e);
            return TopicHealth.failed(Availability.UNREACHABLE, topic(), now, String.valueOf(e.getCause()));
        } catch (TimeoutException e) {
            LOG.debug("The audience topic's brokers did not answer", e);
            return TopicHealth.failed(
                    Availability.UNREACHABLE,
                    topic(),
                    now,
                    "no answer from " + bootstrapServers() + " within "
                            + properties.timeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TopicHealth.failed(Availability.UNREACHABLE, topic(), now, "interrupted");
        }
    }

    private TopicHealth read(Admin admin, Instant now)
            throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description =
                get(admin.describeTopics(List.of(topic())).allTopicNames()).get(topic());
        List<TopicPartition> partitions = description.partitions().stream()
                .map(p -> new TopicPartition(topic(), p.partition()))
                .toList();
        Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest(), ListOffsetsResultInfo::offset);
        Map<TopicPartition, Long> starts =
                offsets(admin, partitions, OffsetSpec.earliest(), ListOffsetsResultInfo::offset);
        Map<TopicPartition, Long> newestTimes =
                offsets(admin, partitions, OffsetSpec.maxTimestamp(), ListOffsetsResultInfo::timestamp);
        long published = ends.values().stream().mapToLong(Long::longValue).sum();
        long kept =
                partitions.stream().mapToLong(p -> ends.get(p) - starts.get(p)).sum();
        long newest =
                newestTimes.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        return new TopicHealth(
                Availability.READ,
                topic(),
                partitions.size(),
                published,
                kept,
                newest < 0 || kept == 0 ? null : Instant.ofEpochMilli(newest),
                consumers(admin, partitions, starts, ends),
                now,
                null);
    }

    /** The groups with offsets committed on the topic, the furthest behind first. */
    private List<ConsumerLag> consumers(
            Admin admin,
            List<TopicPartition> partitions,
            Map<TopicPartition, Long> starts,
            Map<TopicPartition, Long> ends)
            throws ExecutionException, InterruptedException, TimeoutException {
        Collection<GroupListing> groups =
                get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all());
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = groups.stream()
                .collect(Collectors.toMap(
                        GroupListing::groupId, g -> new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                get(admin.listConsumerGroupOffsets(specs).all());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> readers = new HashMap<>();
        committed.forEach((group, offsets) -> {
            Map<TopicPartition, OffsetAndMetadata> onTopic = new HashMap<>(offsets);
            onTopic.values().removeIf(o -> o == null);
            if (!onTopic.isEmpty()) {
                readers.put(group, onTopic);
            }
        });
        if (readers.isEmpty()) {
            return List.of();
        }
        Map<String, ConsumerGroupDescription> described =
                get(admin.describeConsumerGroups(readers.keySet()).all());
        List<ConsumerLag> lags = new ArrayList<>();
        readers.forEach((group, offsets) -> {
            long read = 0;
            long behind = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata at = offsets.get(p);
                // A partition the group never committed is read from its start when it joins.
                long position = at == null ? starts.get(p) : Math.max(at.offset(), starts.get(p));
                read += at == null ? 0 : at.offset();
                behind += Math.max(0, ends.get(p) - position);
            }
            ConsumerGroupDescription d = described.get(group);
            lags.add(new ConsumerLag(
                    group,
                    d == null ? "unknown" : d.groupState().toString(),
                    d == null ? 0 : d.members().size(),
                    read,
                    behind));
        });
        lags.sort(Comparator.comparingLong(ConsumerLag::behind).reversed().thenComparing(ConsumerLag::groupId));
        return lags;
    }

    private Map<TopicPartition, Long> offsets(
            Admin admin, List<TopicPartition> partitions, OffsetSpec spec, Function<ListOffsetsResultInfo, Long> value)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> asked = new HashMap<>();
        partitions.forEach(p -> asked.put(p, spec));
        Map<TopicPartition, Long> result = new HashMap<>();
        get(admin.listOffsets(asked).all()).forEach((p, info) -> result.put(p, value.apply(info)));
        return result;
    }

    private <T> T get(KafkaFuture<T> future) throws ExecutionException, InterruptedException, TimeoutException {
        return future.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            int millis = (int) properties.timeout().toMillis();
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "shoplens-dashboard");
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }
}
