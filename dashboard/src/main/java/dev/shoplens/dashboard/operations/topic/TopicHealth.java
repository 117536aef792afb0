package dev.shoplens.dashboard.operations.topic;

import java.time.Instant;
import java.util.List;

/**
 * The audience topic as the Operations page shows it: how many changes were published and are still kept, when the
 * newest was written, and how far behind each consumer group is (the email, ads or service tools that act on it).
 *
 * @param published changes ever published (the sum of the partitions' end offsets)
 * @param kept changes the brokers still keep (end minus start offsets: older ones fell to the topic's retention)
 * @param newest the newest change's record time; null while the topic is empty
 * @param message why the topic could not be read, for {@link Availability#UNREACHABLE} and {@link
 *     Availability#NO_TOPIC}
 */
public record TopicHealth(
        Availability availability,
        String topic,
        int partitions,
        long published,
        long kept,
        Instant newest,
        List<ConsumerLag> consumers,
        Instant readAt,
        String message) {

    public enum Availability {
        /** No brokers configured: the changes go to the store alone. */
        NOT_CONFIGURED,
        READ,
        /** The brokers answered, but the topic does not exist (yet): the job creates it at its first change. */
        NO_TOPIC,
        UNREACHABLE
    }

    /**
     * A consumer group that reads the topic.
     *
     * @param state the group's state as the brokers report it (Stable, Empty, ...)
     * @param members consumers connected now
     * @param behind changes published that the group has not committed yet
     */
    public record ConsumerLag(String groupId, String state, int members, long committed, long behind) {}

    static TopicHealth notConfigured(String topic) {
        return new TopicHealth(Availability.NOT_CONFIGURED, topic, 0, 0, 0, null, List.of(), null, null);
    }

    static TopicHealth failed(Availability availability, String topic, Instant at, String message) {
        return new TopicHealth(availability, topic, 0, 0, 0, null, List.of(), at, message);
    }
}
