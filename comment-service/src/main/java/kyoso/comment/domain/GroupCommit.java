package kyoso.comment.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kyoso.comment.config.CommentConfig;
import kyoso.comment.domain.PersonalDataCipher.Sealed;
import kyoso.comment.persistence.SubmissionRepository;
import kyoso.comment.persistence.SubmissionRepository.NewRow;
import kyoso.kit.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Group commit for new web opinions. Requests that arrive while a batch is being written wait for the next
 * one, and a batch is one transaction of two statements however many opinions it holds, so what an opinion
 * costs PostgreSQL on its own (a transaction, round trips, a WAL flush) is shared by the batch. A request
 * gets its stored submission only after its batch has committed: a receipt still always stands for a
 * stored opinion. One writer: a batch takes a millisecond or two, and while it runs the next one fills.
 * No thread waits for a batch: the request is answered from the commit's completion (with a worker pool
 * between, each opinion cost four thread hand-offs and a blocking read of its body).
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** A checked new opinion waiting for its batch. */
    private record Pending(NewRow row, int consultationVersion, PersonalData contact,
                           CompletableFuture<Optional<Submission>> written) {
    }

    private final SubmissionRepository submissions;
    private final PersonalDataCipher cipher;
    private final CommentConfig.Intake config;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private volatile Thread writer;

    GroupCommit(SubmissionRepository submissions, PersonalDataCipher cipher, CommentConfig config) {
        this.submissions = submissions;
        this.cipher = cipher;
        this.config = config.intake();
    }

    @PostConstruct
    void start() {
        writer = new Thread(this::writeBatches, "intake-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        Thread w = writer;
        writer = null;
        w.join(config.commitTimeout().toMillis());
        // whoever still waits decides on its own (and gets the service's answer while it shuts down)
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.written().complete(Optional.empty()));
    }

    /**
     * Queues a checked opinion for the next batch. Nothing waits here: the stage completes on the writer's
     * thread once the batch has committed, or fails with 503 when no commit came within the timeout.
     *
     * @return the stored submission; empty when it was not written (its consultation changed since the
     *         check, its key was used before, or the batch failed), for the caller to decide on its own
     */
    public CompletionStage<Optional<Submission>> write(NewRow row, int consultationVersion, PersonalData contact) {
        Pending pending = new Pending(row, consultationVersion, contact, new CompletableFuture<>());
        waiting.add(pending);
        return pending.written()
                .orTimeout(config.commitTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(e -> CompletableFuture.failedStage(
                        e instanceof TimeoutException || e.getCause() instanceof TimeoutException ? notConfirmed() : e));
    }

    private static ProblemException notConfirmed() {
        return new ProblemException(503, "intake-busy", "混み合っています (Busy)",
                "ご意見の保存を確認できませんでした。同じ画面から、もう一度送信してください(二重に登録されることはありません)。"
                        + " / Your opinion could not be confirmed as stored; send it again with the same Idempotency-Key.");
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(config.maxBatch());
        while (writer == Thread.currentThread()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, config.maxBatch() - 1);
                Map<String, Submission> written = QuarkusTransaction.requiringNew().call(() -> write(batch));
                batch.forEach(p -> p.written().complete(Optional.ofNullable(written.get(p.row().receiptNumber()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(p -> p.written().complete(Optional.empty()));
                return;
            } catch (RuntimeException e) {
                // The batch was rolled back as a whole. Each of its opinions is decided on its own, which
                // finds the one at fault, or answers 503 as every request does while the database is away.
                LOG.debugf(e, "a batch of %d opinions was rolled back; each is written on its own", batch.size());
                batch.forEach(p -> p.written().complete(Optional.empty()));
            } finally {
                batch.clear();
            }
        }
    }

    private Map<String, Submission> write(List<Pending> batch) {
        Map<String, Submission> written = submissions.insertAll(batch.stream().map(Pending::row).toList(),
                batch.stream().map(Pending::consultationVersion).toList());
        List<Submission> owners = new ArrayList<>();
        List<Sealed> sealed = new ArrayList<>();
        for (Pending p : batch) {
            Submission s = written.get(p.row().receiptNumber());
            if (s != null && p.contact() != null && !p.contact().isEmpty()) {
                owners.add(s);
                sealed.add(cipher.seal(s.id, p.contact()));
            }
        }
        submissions.insertPersonalDataAll(owners, sealed);
        return written;
    }
}
