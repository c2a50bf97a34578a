package kyoso.comment.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import kyoso.comment.config.CommentConfig;
import kyoso.comment.persistence.SubmissionRepository;
import org.jboss.logging.Logger;

/**
 * Personal data is kept only as long as the city needs it to ask a submitter back: after
 * kyoso.comment.personal-data-retention-days from receipt it is deleted for good. The opinion stays.
 */
@ApplicationScoped
public class PersonalDataRetention {

    private static final Logger LOG = Logger.getLogger(PersonalDataRetention.class);

    private final SubmissionRepository submissions;
    private final CommentConfig config;
    private final CityClock clock;

    PersonalDataRetention(SubmissionRepository submissions, CommentConfig config, CityClock clock) {
        this.submissions = submissions;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${kyoso.comment.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many submitters' personal data was deleted */
    @Transactional
    public int purge() {
        Instant now = clock.now();
        int purged = submissions.purgePersonalDataReceivedBefore(
                now.minus(Duration.ofDays(config.personalDataRetentionDays())), now);
        if (purged > 0) {
            LOG.infof("deleted the personal data of %d submission(s) past the retention period", purged);
        }
        return purged;
    }
}
