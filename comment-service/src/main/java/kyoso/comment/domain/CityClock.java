package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The server's clock. Deadlines are decided by it alone, never by anything the caller sends;
 * it is a bean so that tests can stand exactly on a deadline.
 */
@ApplicationScoped
public class CityClock {

    public Instant now() {
        return Instant.now();
    }
}
