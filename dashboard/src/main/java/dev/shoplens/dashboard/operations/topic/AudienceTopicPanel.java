package dev.shoplens.dashboard.operations.topic;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.shoplens.dashboard.i18n.Figures;
import dev.shoplens.dashboard.i18n.Texts;
import dev.shoplens.dashboard.operations.topic.TopicHealth.ConsumerLag;

/**
 * The audience topic for engineers: whether the job's audience changes reach the topic (changes published and kept,
 * the newest one's time) and whether the tools that act on them keep up (each consumer group's state and how many
 * changes it is behind). Read from the brokers at each refresh of the page.
 */
public class AudienceTopicPanel extends Div {

    private final transient AudienceTopicReader topic;
    private final Span status = new Span();
    private final Grid<ConsumerLag> consumers = new Grid<>();

    public AudienceTopicPanel(AudienceTopicReader topic) {
        this.topic = topic;
        status.setId("topic-status");
        status.addClassName("page-note");
        consumers.setId("topic-consumers");
        consumers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        consumers
                .addColumn(ConsumerLag::groupId)
                .setHeader(Texts.of("topic.group"))
                .setAutoWidth(true);
        consumers.addColumn(ConsumerLag::state).setHeader(Texts.of("topic.state"));
        consumers
                .addColumn(c -> Figures.count(c.members()))
                .setHeader(Texts.of("topic.members"))
                .setTextAlign(ColumnTextAlign.END);
        consumers
                .addColumn(c -> Figures.count(c.committed()))
                .setHeader(Texts.of("topic.committed"))
                .setTextAlign(ColumnTextAlign.END);
        consumers
                .addColumn(c -> Figures.count(c.behind()))
                .setHeader(Texts.of("topic.behind"))
                .setTextAlign(ColumnTextAlign.END);
        consumers.setAllRowsVisible(true);
        add(new H3(Texts.of("topic.title")), status, consumers);
        refresh();
    }

    public void refresh() {
        TopicHealth health = topic.read();
        status.setText(statusOf(health));
        consumers.setItems(health.consumers());
        consumers.setVisible(!health.consumers().isEmpty());
    }

    static String statusOf(TopicHealth health) {
        return switch (health.availability()) {
            case NOT_CONFIGURED -> Texts.of("topic.notConfigured");
            case NO_TOPIC -> Texts.of("topic.noTopic", health.topic());
            case UNREACHABLE -> Texts.of("topic.unreachable", health.topic(), health.message());
            case READ -> {
                String read = health.newest() == null
                        ? Texts.of("topic.empty", health.topic(), health.partitions())
                        : Texts.of(
                                "topic.read",
                                health.topic(),
                                health.partitions(),
                                Figures.count(health.published()),
                                Figures.count(health.kept()),
                                Figures.time(health.newest()));
                yield health.consumers().isEmpty() ? read + " " + Texts.of("topic.noConsumers") : read;
            }
        };
    }
}
