package dev.shoplens.dashboard.operations.flink;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Operations page finds Flink ({@code shoplens.flink.rest-url}, the JobManager's REST API; none: the page
 * says Flink is not configured), where its savepoints go ({@code shoplens.flink.savepoint-dir}; none: the
 * cluster's own savepoint directory) and how long a REST call may take. Checked at start-up: a URL that is not
 * http(s) would only fail at the first page otherwise.
 */
@ConfigurationProperties(prefix = "shoplens.flink")
public record FlinkProperties(URI restUrl, String savepointDir, Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    public FlinkProperties {
        if (restUrl != null && restUrl.toString().isBlank()) {
            restUrl = null;
        }
        if (restUrl != null && !("http".equals(restUrl.getScheme()) || "https".equals(restUrl.getScheme()))) {
            throw new IllegalArgumentException(
                    "shoplens.flink.rest-url must be an http(s) URL such as http://jobmanager:8081, was " + restUrl);
        }
        if (savepointDir != null && savepointDir.isBlank()) {
            savepointDir = null;
        }
        if (timeout == null) {
            timeout = DEFAULT_TIMEOUT;
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("shoplens.flink.timeout must be positive, was " + timeout);
        }
    }
}
