package dev.shoplens.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The command line's logging (logback.xml) keeps library chatter off the console, also where it is not SLF4J's. */
class ConsoleLoggingTest {

    @Test
    void tribuosTrainingLogsThroughJavaUtilLoggingAreQuietButItsWarningsAreKept() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(ConsoleLoggingTest.class.getResource("/logback.xml"));
        // A java.util.logging logger nobody holds may be collected, and its level with it: the setting must last.
        System.gc();

        for (String trainer : new String[] {
            "org.tribuo.clustering.kmeans.KMeansTrainer",
            "org.tribuo.common.sgd.AbstractSGDTrainer",
            "org.tribuo.ensemble.BaggingTrainer"
        }) {
            Logger log = Logger.getLogger(trainer);
            assertThat(log.isLoggable(Level.INFO)).as(trainer + " at INFO").isFalse();
            assertThat(log.isLoggable(Level.WARNING))
                    .as(trainer + " at WARNING")
                    .isTrue();
        }
        assertThat(Logger.getLogger("dev.shoplens.launcher").isLoggable(Level.INFO))
                .as("ShopLens' own messages")
                .isTrue();
    }
}
