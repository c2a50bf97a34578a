package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kyoso.comment.persistence.ConsultationRepository;
import kyoso.comment.persistence.SubmissionRepository;
import kyoso.kit.problem.Problem.FieldError;
import kyoso.kit.problem.ProblemException;

/**
 * Splitting submissions into opinion items (意見の要旨) and writing the city's answers. Items are
 * public text, so personal information in them is refused; once the result is published they are read-only.
 */
@ApplicationScoped
public class ModerationService {

    /** What a moderator sets on an item; version is the one read, for optimistic locking. */
    public record ItemChange(String summary, String section, boolean hidden, String hiddenReason, String answer,
                             String category, String planChange, String redactionReason) {
    }

    private static final Set<ConsultationStatus> EDITABLE =
            Set.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED, ConsultationStatus.ANSWERING);

    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final AnswerCategories categories;
    private final CityClock clock;

    ModerationService(ConsultationRepository consultations, SubmissionRepository submissions,
                      AnswerCategories categories, CityClock clock) {
        this.consultations = consultations;
        this.submissions = submissions;
        this.categories = categories;
        this.clock = clock;
    }

    @Transactional
    public OpinionItem add(String consultationCode, String receipt, ItemChange change, String actor) {
        Consultation c = editable(consultationCode);
        Submission s = submissions.findByReceipt(receipt).filter(x -> x.consultationId.equals(c.id))
                .orElseThrow(() -> ProblemException.invalid("receipt", "receipt: この案件に受付番号「" + receipt + "」の意見はありません"
                        + " / this consultation has no submission '" + receipt + "'"));
        Instant now = clock.now();
        OpinionItem item = new OpinionItem();
        item.consultationId = c.id;
        item.submissionId = s.id;
        item.createdAt = now;
        item.createdBy = actor;
        apply(c, item, change, now, actor);
        item.persist();
        logRedaction(c, item, s, change.redactionReason(), now, actor);
        return item;
    }

    @Transactional
    public OpinionItem update(String consultationCode, long itemId, int version, ItemChange change, String actor) {
        Consultation c = editable(consultationCode);
        OpinionItem item = OpinionItem.<OpinionItem>find("id = ?1 and consultationId = ?2", itemId, c.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("item", itemId));
        if (item.version != version) {
            throw ProblemException.conflict("この意見の要旨は他の職員が先に更新しました。最新の内容を確認してから保存してください。"
                    + " / Someone else saved this item first; check the latest and save again.",
                    java.util.Map.of("version", item.version, "summary", item.summary));
        }
        apply(c, item, change, clock.now(), actor);
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpinionItem> items(String consultationCode) {
        Consultation c = consultations.find(consultationCode)
                .orElseThrow(() -> ProblemException.notFound("consultation", consultationCode));
        return OpinionItem.list("consultationId = ?1 order by submissionId, id", c.id);
    }

    /** What personal information a submission's text holds, and the text with it replaced: a proposal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Proposal proposeRedaction(String consultationCode, String receipt) {
        Consultation c = consultations.find(consultationCode)
                .orElseThrow(() -> ProblemException.notFound("consultation", consultationCode));
        Submission s = submissions.findByReceipt(receipt).filter(x -> x.consultationId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("submission", receipt));
        return new Proposal(PersonalInfoDetector.findWithNames(s.text), PersonalInfoDetector.redactWithNames(s.text));
    }

    public record Proposal(List<PersonalInfoDetector.Finding> findings, String proposedText) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Redaction> redactions(String consultationCode) {
        Consultation c = consultations.find(consultationCode)
                .orElseThrow(() -> ProblemException.notFound("consultation", consultationCode));
        return Redaction.list("consultationId = ?1 order by at, id", c.id);
    }

    /**
     * An item published from a text that held personal information is a redaction: it is logged with the
     * kinds left out and the reason (never with the removed text itself).
     */
    private static void logRedaction(Consultation c, OpinionItem item, Submission source, String reason, Instant now,
                                     String actor) {
        List<String> kinds = PersonalInfoDetector.findWithNames(source.text).stream()
                .map(PersonalInfoDetector.Finding::kind).distinct().toList();
        if (kinds.isEmpty()) {
            return;
        }
        Redaction r = new Redaction();
        r.consultationId = c.id;
        r.itemId = item.id;
        r.kinds = String.join(",", kinds);
        r.reason = blankToNull(reason) == null ? Redaction.DEFAULT_REASON : reason.strip();
        r.at = now;
        r.actor = actor;
        r.persist();
    }

    /** What is left before publishing: of all submissions, those not split into items, and the items still unanswered. */
    public record Progress(long submissions, long unsplit, long unanswered) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(String consultationCode) {
        return progressOf(consultations.find(consultationCode)
                .orElseThrow(() -> ProblemException.notFound("consultation", consultationCode)));
    }

    /** Why a consultation cannot be published yet; empty when it can. */
    public static List<FieldError> unfinished(Consultation c) {
        Progress progress = progressOf(c);
        List<FieldError> errors = new ArrayList<>();
        if (progress.unsplit() > 0) {
            errors.add(new FieldError("items", "items: 意見の要旨に整理していない提出意見が" + progress.unsplit() + "件あります / "
                    + progress.unsplit() + " submission(s) not split into items yet"));
        }
        if (progress.unanswered() > 0) {
            errors.add(new FieldError("answers", "answers: 本市の考え方または区分が未記入の意見が" + progress.unanswered() + "件あります / "
                    + progress.unanswered() + " item(s) without an answer or category"));
        }
        return errors;
    }

    private static Progress progressOf(Consultation c) {
        return new Progress(Submission.count("consultationId", c.id),
                Submission.count("from Submission s where s.consultationId = ?1"
                        + " and not exists (select 1 from OpinionItem i where i.submissionId = s.id)", c.id),
                OpinionItem.count("from OpinionItem i where i.consultationId = ?1 and " + OpinionItem.UNANSWERED, c.id));
    }

    private Consultation editable(String code) {
        Consultation c = consultations.find(code).orElseThrow(() -> ProblemException.notFound("consultation", code));
        ConsultationStatus state = c.effectiveStatus(clock.now());
        if (!EDITABLE.contains(state)) {
            boolean published = state == ConsultationStatus.PUBLISHED || state == ConsultationStatus.ARCHIVED;
            throw ProblemException.conflict("「" + state.label() + "」の案件の意見は変更できません"
                    + (published ? "(公表後は読み取り専用です)。" : "。")
                    + " / Items cannot be changed while the consultation is " + state.code()
                    + (published ? " (read-only after publication)." : "."));
        }
        return c;
    }

    private void apply(Consultation c, OpinionItem item, ItemChange change, Instant now, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (change.section() != null && !change.section().isBlank() && !c.hasSection(change.section())) {
            errors.add(new FieldError("section", FieldMessages.notASection("section", change.section())));
        }
        if (change.category() != null && !change.category().isBlank() && categories.label(change.category()).isEmpty()) {
            errors.add(new FieldError("category", FieldMessages.oneOf("category", "区分", categories.all().keySet())));
        }
        if (change.hidden() && (change.hiddenReason() == null || change.hiddenReason().isBlank())) {
            errors.add(new FieldError("hiddenReason", "hiddenReason: 非公開にする理由を入力してください / give the reason for hiding it"));
        }
        publicText("summary", "意見の要旨", change.summary(), errors);
        publicText("answer", "本市の考え方", change.answer(), errors);
        publicText("planChange", "計画の変更内容", change.planChange(), errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "入力内容に誤りがあります (Invalid input)",
                    errors.get(0).message(), errors, null);
        }
        item.summary = change.summary().strip();
        item.sectionKey = blankToNull(change.section());
        item.hidden = change.hidden();
        item.hiddenReason = blankToNull(change.hiddenReason());
        item.answer = blankToNull(change.answer());
        item.category = blankToNull(change.category());
        item.planChange = blankToNull(change.planChange());
        item.searchText = SearchText.normalize(String.join(" ", item.summary,
                java.util.Objects.toString(item.answer, ""), java.util.Objects.toString(item.planChange, "")));
        item.updatedAt = now;
        item.updatedBy = actor;
    }

    /**
     * Published text must not carry personal information; the message proposes the redacted text. The
     * proposal comes last, after "修正案: ", where the SPA takes it from, so the English half goes before
     * it: "field: 日本語。 / English. 修正案: text" (a " / " in the text cannot then be taken for the split).
     */
    private static void publicText(String field, String name, String text, List<FieldError> errors) {
        var findings = PersonalInfoDetector.find(text);
        if (!findings.isEmpty()) {
            errors.add(new FieldError(field, field + ": " + name + "に個人情報と思われる記載("
                    + findings.stream().map(PersonalInfoDetector.Finding::label).distinct().reduce((a, b) -> a + "、" + b).orElseThrow()
                    + ")があります。 / it seems to contain personal information ("
                    + findings.stream().map(PersonalInfoDetector.Finding::kind).distinct().reduce((a, b) -> a + ", " + b).orElseThrow()
                    + "), see the proposal. 修正案: " + PersonalInfoDetector.redact(text)));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
