package kyoso.comment;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.time.OffsetDateTime;
import kyoso.comment.domain.CityClock;

/** The server clock in tests: real time unless a test stands it at an instant (and resets it after). */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends CityClock {

    private volatile Instant fixed;

    @Override
    public Instant now() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    public void set(String isoOffsetDateTime) {
        set(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    public void reset() {
        fixed = null;
    }
}
