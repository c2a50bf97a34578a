package kyoso.loadtest;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The knobs bench.sh turns, as system properties (see pom.xml). */
final class Settings {

    static final String BASE = System.getProperty("kyoso.base", "http://localhost:28080");
    static final double RATE = Double.parseDouble(System.getProperty("kyoso.rate", "100"));
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(System.getProperty("kyoso.duration", "30")));
    /** Arrivals ramp up to the rate during this time, unmeasured: Gatling's own JVM warms up on the same cores. */
    static final Duration WARMUP = Duration.ofSeconds(Long.parseLong(System.getProperty("kyoso.warmup", "0")));
    static final Path OUT = Path.of(System.getProperty("kyoso.out", "target/kyoso"));

    /** The open-model injection: the warm-up's ramp (if any), then the fixed rate for the measured time. */
    static OpenInjectionStep[] arrivals() {
        OpenInjectionStep atRate = constantUsersPerSec(RATE).during(DURATION);
        return WARMUP.isZero() ? new OpenInjectionStep[] {atRate}
                : new OpenInjectionStep[] {rampUsersPerSec(RATE / 10).to(RATE).during(WARMUP), atRate};
    }

    static List<String> paths() {
        return Arrays.stream(System.getProperty("kyoso.paths", "").split(",")).map(String::trim)
                .filter(p -> !p.isEmpty()).toList();
    }

    static String consultation() {
        return System.getProperty("kyoso.consultation", "1");
    }

    static String body() {
        try {
            return Files.readString(Path.of(System.getProperty("kyoso.body", "opinion.json")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the opinion body", e);
        }
    }

    private Settings() {
    }
}
