package kyoso.comment.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Opening and closing happen on time by themselves: reads and submissions already judge the state by
 * the clock; this job also records each on-time transition in the history soon after it happens.
 */
@ApplicationScoped
public class OnTimeTransitions {

    private final ConsultationLifecycle lifecycle;

    OnTimeTransitions(ConsultationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(every = "${kyoso.comment.on-time-check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void record() {
        lifecycle.catchUpAll();
    }
}
