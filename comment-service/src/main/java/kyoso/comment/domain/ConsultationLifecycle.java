package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kyoso.comment.client.PlanOutlines;
import kyoso.comment.client.PlanOutlines.Snapshot;
import kyoso.comment.client.PlanServiceClient.PlanVersionNotFound;
import kyoso.kit.problem.Problem.FieldError;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.time.JapaneseCalendar;
import org.jboss.logging.Logger;

/**
 * Creating consultations and moving them through their states. Every change is recorded as a
 * {@link ConsultationTransition}; changes the clock makes (opening, closing) are recorded with the
 * instant they happened, by "system", whenever they are first noticed.
 */
@ApplicationScoped
public class ConsultationLifecycle {

    private static final Logger LOG = Logger.getLogger(ConsultationLifecycle.class);

    /** What a moderator fills in to create a consultation. */
    public record Draft(String code, String title, String summary, String planCode, String planVersionCode,
                        Instant opensAt, Instant closesAt, String periodNote, String shortPeriodReason,
                        String eligibility, List<String> allowedAttributes, List<String> requiredFields,
                        List<String> channels, List<ConsultationDocument> documents) {
    }

    private final CityClock clock;
    private final PlanOutlines outlines;

    ConsultationLifecycle(CityClock clock, PlanOutlines outlines) {
        this.clock = clock;
        this.outlines = outlines;
    }

    /**
     * Creates a consultation on a plan version. The outline is fetched before the transaction starts,
     * so no database connection waits on plan-service.
     */
    public Consultation createOnPlan(Draft d, String actor) {
        return create(d, snapshotOf(d.planCode(), d.planVersionCode()), actor);
    }

    /** Takes the outline again, e.g. when plan-service was down at creation. */
    public Consultation retakeOutline(String code) {
        Consultation c = Consultation.<Consultation>find("code", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("consultation", code));
        return retakeOutline(code, snapshotOf(c.planCode, c.planVersionCode));
    }

    private Snapshot snapshotOf(String plan, String version) {
        try {
            return outlines.snapshot(plan, version).orElse(null);
        } catch (PlanVersionNotFound e) {
            throw ProblemException.invalid("version", "version: 計画「" + plan + "」の版「" + version + "」は計画サービスにありません / plan-service has no version '"
                    + version + "' of plan '" + plan + "'");
        }
    }

    /** A new consultation in state draft, with the outline snapshot if plan-service gave one. */
    @Transactional
    Consultation create(Draft d, Snapshot snapshot, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (Consultation.count("code", d.code()) > 0) {
            throw ProblemException.conflict("id: 「" + d.code() + "」は既に使われています。別の識別子を指定してください。 / The id '"
                    + d.code() + "' is taken; choose another.");
        }
        checkPeriod(d.opensAt(), d.closesAt(), d.shortPeriodReason(), errors);
        checkCodes(d.allowedAttributes(), "allowedAttributes", errors, code -> SubmitterAttribute.ofCode(code).isPresent());
        checkCodes(d.channels(), "channels", errors, code -> Channel.ofCode(code).isPresent());
        checkCodes(d.requiredFields(), "requiredFields", errors, SubmissionService.REQUIRABLE::containsKey);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "入力内容に誤りがあります (Invalid input)",
                    errors.get(0).message(), errors, null);
        }
        Instant now = clock.now();
        Consultation c = new Consultation();
        c.code = d.code();
        c.title = d.title();
        c.summary = d.summary();
        c.planCode = d.planCode();
        c.planVersionCode = d.planVersionCode();
        c.status = ConsultationStatus.DRAFT;
        c.opensAt = d.opensAt();
        c.closesAt = d.closesAt();
        c.periodNote = d.periodNote();
        c.shortPeriodReason = blankToNull(d.shortPeriodReason());
        c.eligibility = d.eligibility();
        c.allowedAttributes = orAll(d.allowedAttributes(),
                java.util.Arrays.stream(SubmitterAttribute.values()).map(SubmitterAttribute::code).toList());
        c.requiredFields = d.requiredFields() == null ? List.of() : List.copyOf(d.requiredFields());
        c.channels = orAll(d.channels(), java.util.Arrays.stream(Channel.values()).map(Channel::code).toList());
        c.documents = d.documents() == null ? List.of() : List.copyOf(d.documents());
        c.createdAt = now;
        c.createdBy = actor;
        applySnapshot(c, snapshot, now);
        c.persist();
        ConsultationTransition.of(c, null, ConsultationStatus.DRAFT, now, actor, "作成").persist();
        return c;
    }

    /** Takes the outline again (e.g. plan-service was down at creation). Only before the consultation is scheduled. */
    @Transactional
    Consultation retakeOutline(String code, Snapshot snapshot) {
        Consultation c = locked(code);
        if (c.status != ConsultationStatus.DRAFT) {
            throw ProblemException.conflict("項目の構成は準備中の案件でのみ取り直せます(現在: " + c.status.label() + ")。"
                    + " / The outline can be taken again only while the consultation is a draft (now " + c.status.code() + ").");
        }
        if (snapshot == null) {
            throw new ProblemException(503, "plan-service-unavailable", "計画サービスに接続できません (Plan service unavailable)",
                    "計画の項目構成を取得できませんでした。しばらくしてからもう一度お試しください。"
                            + " / Could not get the plan's outline; please try again in a moment.");
        }
        applySnapshot(c, snapshot, clock.now());
        return c;
    }

    /**
     * A moderator's transition. The clock's own transitions are recorded first, so that a moderator
     * acts on the state as it really is (e.g. "answering" only after closing).
     */
    @Transactional
    public Consultation transition(String code, ConsultationStatus target, String reason, String actor) {
        Consultation c = locked(code);
        Instant now = clock.now();
        catchUp(c, now);
        if (!c.status.moderatorMayMoveTo(target)) {
            String allowed = c.status.moderatorTargets().stream().map(ConsultationStatus::label)
                    .reduce((a, b) -> a + "・" + b).orElse("なし(開始と締切は日時により自動で行われます)");
            String allowedCodes = c.status.moderatorTargets().stream().map(ConsultationStatus::code)
                    .reduce((a, b) -> a + ", " + b).orElse("none (opening and closing follow the clock)");
            throw ProblemException.conflict("「" + c.status.label() + "」から「" + target.label()
                    + "」へは変更できません。変更できる状態: " + allowed
                    + " / Cannot move from " + c.status.code() + " to " + target.code() + "; possible: " + allowedCodes + ".");
        }
        if (target == ConsultationStatus.SCHEDULED) {
            List<FieldError> errors = new ArrayList<>();
            if (c.outline == null) {
                errors.add(new FieldError("outline", "outline: 計画の項目構成がまだ取得されていません。取り直してから公開予定にしてください"
                        + " / the plan's outline has not been taken yet; take it again before scheduling"));
            }
            checkPeriod(c.opensAt, c.closesAt, c.shortPeriodReason, errors);
            if (c.closesAt != null && !c.closesAt.isAfter(now)) {
                errors.add(new FieldError("closesAt", "closesAt: 締切が既に過ぎています / the closing time has passed"));
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(409, "conflict", "現在の状態では実行できません (Conflict)",
                        errors.get(0).message(), errors, null);
            }
        }
        if (target == ConsultationStatus.PUBLISHED) {
            List<FieldError> errors = ModerationService.unfinished(c);
            if (!errors.isEmpty()) {
                throw new ProblemException(409, "conflict", "まだ公表できません (Not ready to publish)",
                        errors.get(0).message(), errors, null);
            }
        }
        ConsultationStatus from = c.status;
        c.status = target;
        ConsultationTransition.of(c, from, target, now, actor, blankToNull(reason)).persist();
        catchUp(c, now);
        return c;
    }

    /** Records every opening and closing that has come due. Run on a schedule; safe to run at any time. */
    @Transactional
    public int catchUpAll() {
        Instant now = clock.now();
        List<Consultation> due = Consultation.find("status in ?1",
                        List.of(ConsultationStatus.SCHEDULED, ConsultationStatus.OPEN))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        int changed = 0;
        for (Consultation c : due) {
            changed += catchUp(c, now);
        }
        if (changed > 0) {
            LOG.infof("recorded %d on-time transition(s)", changed);
        }
        return changed;
    }

    /**
     * Records the openings and closings that have come due, each at the instant it happened; if the
     * consultation was scheduled after its opening time, it opened when it was scheduled.
     */
    private static int catchUp(Consultation c, Instant now) {
        int changed = 0;
        if (c.status == ConsultationStatus.SCHEDULED && c.opensAt != null && !now.isBefore(c.opensAt)) {
            record(c, ConsultationStatus.OPEN, latest(c.opensAt, lastChange(c)), "募集開始日時になったため");
            changed++;
        }
        if (c.status == ConsultationStatus.OPEN && c.closesAt != null && !now.isBefore(c.closesAt)) {
            record(c, ConsultationStatus.CLOSED, latest(c.closesAt, lastChange(c)), "締切日時になったため");
            changed++;
        }
        return changed;
    }

    private static void record(Consultation c, ConsultationStatus to, Instant at, String reason) {
        ConsultationTransition.of(c, c.status, to, at, ConsultationTransition.SYSTEM, reason).persist();
        c.status = to;
    }

    private static Instant lastChange(Consultation c) {
        return ConsultationTransition.getEntityManager()
                .createQuery("select max(t.at) from ConsultationTransition t where t.consultationId = :id", Instant.class)
                .setParameter("id", c.id).getSingleResult();
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Consultation locked(String code) {
        return Consultation.<Consultation>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("consultation", code));
    }

    private static void applySnapshot(Consultation c, Snapshot snapshot, Instant now) {
        if (snapshot == null) {
            return;
        }
        c.planName = snapshot.planName();
        c.planVersionLabel = snapshot.versionLabel();
        c.draftDated = snapshot.dated();
        c.outline = snapshot.outline();
        c.outlineTakenAt = now;
    }

    /** 行政手続法 Art. 39(3): 30 days or more, counted in calendar days in Tokyo, unless a reason is recorded. */
    static void checkPeriod(Instant opensAt, Instant closesAt, String shortPeriodReason, List<FieldError> errors) {
        if (opensAt == null || closesAt == null) {
            errors.add(new FieldError(opensAt == null ? "opensAt" : "closesAt", "募集開始日時と締切日時を入力してください / enter when it opens and closes"));
            return;
        }
        if (!closesAt.isAfter(opensAt)) {
            errors.add(new FieldError("closesAt", "closesAt: 締切日時は開始日時より後にしてください / must be after the opening time"));
            return;
        }
        LocalDate first = LocalDate.ofInstant(opensAt, JapaneseCalendar.CITY_ZONE);
        LocalDate last = LocalDate.ofInstant(closesAt.minusNanos(1), JapaneseCalendar.CITY_ZONE);
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < Consultation.MINIMUM_DAYS && blankToNull(shortPeriodReason) == null) {
            errors.add(new FieldError("shortPeriodReason", "shortPeriodReason: 募集期間が" + days
                    + "日間で30日未満です。30日未満とする理由を入力してください / the period is " + days
                    + " days, less than 30: give the reason"));
        }
    }

    private static void checkCodes(List<String> codes, String field, List<FieldError> errors,
                                   java.util.function.Predicate<String> known) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!known.test(codes.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", field + "[" + i + "]: 「" + codes.get(i) + "」は使えません / '"
                        + codes.get(i) + "' is not allowed"));
            }
        }
    }

    private static List<String> orAll(List<String> given, List<String> all) {
        return given == null || given.isEmpty() ? all : List.copyOf(given);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
