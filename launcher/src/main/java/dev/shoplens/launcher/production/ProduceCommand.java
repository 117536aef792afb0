package dev.shoplens.launcher.production;

import dev.shoplens.event.EventFeed;
import dev.shoplens.jobs.config.ShopLensConfig;
import dev.shoplens.jobs.source.UntilTimeFeed;
import dev.shoplens.jobs.source.kafka.KafkaPublisher;
import dev.shoplens.jobs.source.kafka.KafkaSettings;
import dev.shoplens.launcher.ConfigOption;
import dev.shoplens.launcher.demo.ShopOptions;
import dev.shoplens.launcher.imports.FileInputOptions;
import dev.shoplens.time.ShopClock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shoplens produce --to kafka}: publishes the simulated shop, an events file or a transaction log. */
@Command(
        name = "produce",
        mixinStandardHelpOptions = true,
        description = "Publish the simulated shop (--simulate), an events file (--events) or a transaction log"
                + " (--csv with the import options) into the Kafka topic, for trying the production path.")
public final class ProduceCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, description = "Where to publish: kafka.")
    String to;

    @Mixin
    ConfigOption config;

    @Option(names = "--bootstrap-servers", description = "Kafka bootstrap servers (else from --config).")
    String bootstrapServers;

    @Option(names = "--topic", description = "Topic (else from --config, default shop-events).")
    String topic;

    @Option(names = "--simulate", description = "Publish the simulated shop: history, then live (see --limit).")
    boolean simulate;

    @Option(
            names = "--limit",
            defaultValue = "-1",
            description = "With --simulate: stop after this many events (default: the history only).")
    long limit;

    @Mixin
    ShopOptions shop;

    @Mixin
    FileInputOptions files;

    @Override
    public Integer call() throws Exception {
        if (!"kafka".equals(to)) {
            throw new IllegalArgumentException("--to supports kafka, was " + to);
        }
        if (simulate == files.given()) {
            throw new IllegalArgumentException("give either --simulate or --events/--csv");
        }
        KafkaSettings kafka = target();
        EventFeed feed = simulate ? simulatedFeed() : files.feed();
        try (KafkaPublisher publisher = new KafkaPublisher(kafka.bootstrapServers(), kafka.topic())) {
            long sent = publisher.publish(feed.open());
            System.out.printf("Published %,d events to %s on %s%n", sent, kafka.topic(), kafka.bootstrapServers());
        }
        return 0;
    }

    private EventFeed simulatedFeed() {
        Instant now = Instant.now();
        if (limit < 0) {
            // History only: a clock that stands still at "now" makes the shop stop at the present.
            return new UntilTimeFeed(shop.feed(ShopClock.scaled(now, now, shop.speed), Long.MAX_VALUE), now);
        }
        return shop.feed(ShopClock.scaled(now, now, shop.speed), limit);
    }

    private KafkaSettings target() {
        ShopLensConfig loaded = config.given() ? config.load() : null;
        String servers = bootstrapServers != null
                ? bootstrapServers
                : loaded == null ? null : loaded.kafka().bootstrapServers();
        String name = topic != null
                ? topic
                : loaded == null ? "shop-events" : loaded.kafka().topic();
        if (servers == null) {
            throw new IllegalArgumentException("give --bootstrap-servers or --config");
        }
        return new KafkaSettings(servers, name, "shoplens-producer");
    }
}
