package dev.shoplens.jobs.audiences;

import dev.shoplens.audiences.Audience;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the definitions at each position Flink's generator source hands out (a poll, paced by the source's rate
 * limit). A store that cannot be read yields no definitions this time: the job goes on with those it has, and the
 * next poll tries again.
 */
final class DefinitionPoller implements GeneratorFunction<Long, Audience[]> {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionPoller.class);
    private static final Audience[] NONE = new Audience[0];

    private final AudienceDefinitions definitions;

    DefinitionPoller(AudienceDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public Audience[] map(Long poll) {
        try {
            return definitions.current().toArray(Audience[]::new);
        } catch (RuntimeException e) {
            LOG.warn("reading the audiences' definitions failed; trying again at the next poll", e);
            return NONE;
        }
    }
}
