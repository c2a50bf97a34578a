package kyoso.comment.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import kyoso.comment.persistence.ConsultationRepository;
import kyoso.comment.persistence.SubmissionRepository;
import kyoso.comment.persistence.SubmissionRepository.NewRow;
import kyoso.kit.problem.Problem.FieldError;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.time.JapaneseCalendar;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Accepting opinions. A submission and its sealed personal data are written in one transaction that
 * commits before the receipt is returned, so a receipt always stands for a stored opinion.
 */
@ApplicationScoped
public class SubmissionService {

    /** What a submitter sends, already checked for shape by Bean Validation at the edge. */
    public record NewSubmission(String text, List<String> sections, String attribute, String attributeDetail,
                                PersonalData contact) {
        public NewSubmission {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    /** A stored submission and its check code; replayed when an earlier request with the same key made it. */
    public record Accepted(Submission submission, Consultation consultation, String checkCode, boolean replayed) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SubmissionService.class);

    /** Fields a consultation may require, and how to read each from a submission. */
    static final Map<String, Function<NewSubmission, String>> REQUIRABLE = Map.of(
            "attribute", NewSubmission::attribute,
            "name", s -> s.contact() == null ? null : s.contact().name(),
            "address", s -> s.contact() == null ? null : s.contact().address(),
            "email", s -> s.contact() == null ? null : s.contact().email(),
            "phone", s -> s.contact() == null ? null : s.contact().phone());

    private static final Map<String, String> REQUIRED_MESSAGES = Map.of(
            "attribute", "attribute: 区分(市内在住・在勤・在学など)を選んでください / choose who you are (living, working or studying in the city...)",
            "name", "contact.name: 氏名(法人・団体は名称)を入力してください / enter your name (or your organisation's)",
            "address", "contact.address: 住所(法人・団体は所在地)を入力してください / enter your address (or your organisation's)",
            "email", "contact.email: メールアドレスを入力してください / enter your e-mail address",
            "phone", "contact.phone: 電話番号を入力してください / enter your phone number");

    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final CheckCodes checkCodes;
    private final PersonalDataCipher cipher;
    private final Keys keys;
    private final CityClock clock;
    private final kyoso.comment.config.CommentConfig config;
    private final GroupCommit groupCommit;
    private final ManagedExecutor workers;

    SubmissionService(ConsultationRepository consultations, SubmissionRepository submissions, CheckCodes checkCodes,
                      PersonalDataCipher cipher, Keys keys, CityClock clock, kyoso.comment.config.CommentConfig config,
                      GroupCommit groupCommit, ManagedExecutor workers) {
        this.config = config;
        this.groupCommit = groupCommit;
        this.workers = workers;
        this.consultations = consultations;
        this.submissions = submissions;
        this.checkCodes = checkCodes;
        this.cipher = cipher;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A citizen's opinion through the web form: accepted only while the consultation is open. The common
     * case, a new opinion on a consultation the intake has read before, is checked against that reading
     * and written by the {@link GroupCommit}, whose statement also checks that the consultation is still
     * at that version. Anything else (the first opinion after a change, a refusal, a retry) is decided
     * by {@link #submitAlone} in a transaction of its own.
     */
    public CompletionStage<Accepted> submit(String consultationCode, NewSubmission s, String idempotencyKey) {
        String fingerprint = fingerprint(Channel.WEB.code(), null, s);
        Optional<Consultation> known = consultations.lastReadForIntake(consultationCode);
        if (known.isPresent()) {
            Consultation c = known.get();
            Instant now = clock.now();
            if (c.effectiveStatus(now) == ConsultationStatus.OPEN && check(c, s, true).isEmpty()) {
                String code = checkCode(c, idempotencyKey);
                return groupCommit.write(newRow(c, s, Channel.WEB, now, null, idempotencyKey, fingerprint, code, now),
                                c.version, s.contact())
                        .thenCompose(written -> written
                                .map(w -> CompletableFuture.completedStage(new Accepted(w, c, code, false)))
                                .orElseGet(() -> alone(consultationCode, s, idempotencyKey, fingerprint)));
            }
        }
        return alone(consultationCode, s, idempotencyKey, fingerprint);
    }

    /**
     * {@link #submitAlone} holds a transaction and waits for the database: it runs on a worker, never on the
     * thread that took the request (an event loop) nor on the group commit's writer.
     */
    private CompletionStage<Accepted> alone(String consultationCode, NewSubmission s, String idempotencyKey,
                                            String fingerprint) {
        return workers.supplyAsync(() -> submitAlone(consultationCode, s, idempotencyKey, fingerprint));
    }

    /**
     * A web opinion decided on its own: the consultation's version read in this transaction, then one
     * insert (and one for the sealed contact); an earlier request with the same key is looked for only
     * when the insert finds the key taken or the opinion is refused (a retry of an accepted opinion gets
     * its receipt even after closing). Not private, so that the transaction applies when
     * {@link #submit} calls it.
     */
    @Transactional
    Accepted submitAlone(String consultationCode, NewSubmission s, String idempotencyKey, String fingerprint) {
        Consultation c = consultations.findForIntake(consultationCode)
                .orElseThrow(() -> ProblemException.notFound("consultation", consultationCode));
        Instant now = clock.now();
        try {
            requireOpen(c, now);
            validate(c, s, true);
        } catch (ProblemException refused) {
            return replay(c, idempotencyKey, fingerprint).orElseThrow(() -> refused);
        }
        return store(c, s, Channel.WEB, now, null, idempotencyKey, fingerprint, now);
    }

    /**
     * An opinion that reached the city by post, fax, e-mail or at the counter, entered by staff. It must
     * have arrived within the period; it may be entered after closing, until answering starts.
     */
    @Transactional
    public Accepted enter(String consultationCode, Channel channel, Instant receivedAt, NewSubmission s,
                          String staff, String idempotencyKey) {
        Consultation c = consultation(consultationCode);
        String fingerprint = fingerprint(channel.code(), receivedAt, s);
        Optional<Accepted> earlier = replay(c, idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.now();
        ConsultationStatus state = c.effectiveStatus(now);
        if (state != ConsultationStatus.OPEN && state != ConsultationStatus.CLOSED) {
            throw ProblemException.conflict("この意見募集は「" + state.label()
                    + "」のため、意見を登録できません。登録できるのは募集中と募集終了後(意見の整理を始めるまで)です。"
                    + " / This consultation is " + state.code() + ": opinions can be entered while it is open and after"
                    + " it closed, until answering starts.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (channel == Channel.WEB || !c.channels.contains(channel.code())) {
            errors.add(new FieldError("channel", "channel: この案件で受け付けていない提出方法です / this consultation does not take opinions this way"));
        }
        if (receivedAt.isAfter(now)) {
            errors.add(new FieldError("receivedAt", "receivedAt: 未来の日時は指定できません / must not be in the future"));
        } else if (receivedAt.isBefore(c.opensAt) || !receivedAt.isBefore(c.closesAt)) {
            errors.add(new FieldError("receivedAt", "receivedAt: 募集期間(" + periodLabel(c) + ")外に届いた意見です / arrived outside the consultation period"));
        }
        errors.addAll(check(c, s, false));
        throwIfAny(errors);
        return store(c, s, channel, receivedAt, staff, idempotencyKey, fingerprint, now);
    }

    /** Status for the citizen who holds both the receipt number and the check code; anything else is 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Accepted> lookup(String receiptNumber, String checkCode) {
        return submissions.findByReceipt(receiptNumber == null ? "" : receiptNumber.strip().toUpperCase())
                .filter(s -> checkCodes.matches(checkCode, s.checkCodeHash))
                .map(s -> new Accepted(s, Consultation.findById(s.consultationId), null, false));
    }

    /** One page of the moderators' queue; a section must be a key of the consultation's outline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubmissionQueue.Entry> queue(String consultationCode, SubmissionQueue.Query query) {
        Consultation c = consultation(consultationCode);
        if (query.section() != null && !c.hasSection(query.section())) {
            throw ProblemException.invalid("section", FieldMessages.notASection("section", query.section()));
        }
        return submissions.queue(c.id, query);
    }

    /** One submission of the consultation, as moderators see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submission get(String consultationCode, String receipt) {
        Consultation c = consultation(consultationCode);
        return submissions.findByReceipt(receipt).filter(x -> x.consultationId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("submission", receipt));
    }

    /** Identical and near-identical submissions (form letters) of a consultation, largest group first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DuplicateFinder.Group<Submission>> duplicates(String consultationCode) {
        return DuplicateFinder.groups(submissions.listFor(consultation(consultationCode).id), s -> s.text,
                config.duplicateSimilarity());
    }

    /** A submitter's contact details, decrypted, for a moderator who needs to ask back. Each read is logged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonalData> contact(String consultationCode, String receipt, String staff) {
        Submission s = get(consultationCode, receipt);
        if (s.personalDataPurgedAt != null) {
            throw new ProblemException(410, "personal-data-purged", "削除済みです (Gone)",
                    "この提出者の個人情報は保存期間を過ぎたため削除されました。 / The personal data was deleted after the retention period.");
        }
        LOG.infof("personal data of submission %s read by %s", receipt, staff);
        return submissions.findPersonalData(s.id).map(sealed -> cipher.open(s.id, sealed));
    }

    private Consultation consultation(String code) {
        return consultations.find(code).orElseThrow(() -> ProblemException.notFound("consultation", code));
    }

    private Optional<Accepted> replay(Consultation c, String key, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        return submissions.findByIdempotencyKey(c.id, key).map(earlier -> {
            if (!fingerprint.equals(earlier.requestHash)) {
                throw new ProblemException(422, "idempotency-key-reused",
                        "Idempotency-Key が別の内容に使われています (Idempotency-Key reused)",
                        "この Idempotency-Key は別の内容の送信に使われています。内容を変えて送るときは新しいキーを使ってください。"
                                + " / This Idempotency-Key was used for a different request; use a new key.");
            }
            return new Accepted(earlier, c, checkCodes.codeFor(c.id, key), true);
        });
    }

    private Accepted store(Consultation c, NewSubmission s, Channel channel, Instant receivedAt, String staff,
                           String key, String fingerprint, Instant now) {
        String code = checkCode(c, key);
        Optional<Submission> stored = submissions.insert(newRow(c, s, channel, receivedAt, staff, key, fingerprint, code, now));
        if (stored.isEmpty()) {
            // The key was used before, or by a concurrent request that committed first: answer as a retry.
            return replay(c, key, fingerprint).orElseThrow();
        }
        long id = stored.get().id;
        if (s.contact() != null && !s.contact().isEmpty()) {
            submissions.insertPersonalData(id, cipher.seal(id, s.contact()), now);
        }
        return new Accepted(stored.get(), c, code, false);
    }

    /** A retry must get the same check code back, so a keyed submission's code is derived from its key. */
    private String checkCode(Consultation c, String key) {
        return key == null ? checkCodes.randomCode() : checkCodes.codeFor(c.id, key);
    }

    private NewRow newRow(Consultation c, NewSubmission s, Channel channel, Instant receivedAt, String staff,
                          String key, String fingerprint, String code, Instant now) {
        return new NewRow(c.id, checkCodes.newReceiptNumber(), checkCodes.hash(code), channel.code(), receivedAt,
                s.text(), s.sections(), blankToNull(s.attribute()), blankToNull(s.attributeDetail()), key,
                fingerprint, staff, now);
    }

    private static void requireOpen(Consultation c, Instant now) {
        ConsultationStatus state = c.effectiveStatus(now);
        if (state == ConsultationStatus.OPEN) {
            return;
        }
        boolean notYet = state == ConsultationStatus.SCHEDULED
                || (state == ConsultationStatus.DRAFT && c.opensAt != null && now.isBefore(c.opensAt));
        boolean over = c.closesAt != null && !now.isBefore(c.closesAt);
        String detail;
        if (notYet) {
            detail = "この意見募集はまだ始まっていません。募集期間は" + periodLabel(c) + "です。";
        } else if (over) {
            detail = "この意見募集は" + JapaneseCalendar.dateLabelWithWeekday(lastDay(c))
                    + "で締め切りました。締切後のご意見は受け付けられません。";
        } else {
            detail = "この意見募集は現在受け付けていません(状態: " + state.label() + ")。";
        }
        throw ProblemException.conflict(detail + " / This consultation is not open for submissions.");
    }

    private static String periodLabel(Consultation c) {
        if (c.opensAt == null || c.closesAt == null) {
            return "未定";
        }
        return JapaneseCalendar.dateLabelWithWeekday(LocalDate.ofInstant(c.opensAt, JapaneseCalendar.CITY_ZONE))
                + "から" + JapaneseCalendar.dateLabelWithWeekday(lastDay(c)) + "まで";
    }

    private static LocalDate lastDay(Consultation c) {
        return LocalDate.ofInstant(c.closesAt.minusNanos(1), JapaneseCalendar.CITY_ZONE);
    }

    private void validate(Consultation c, NewSubmission s, boolean enforceRequired) {
        throwIfAny(check(c, s, enforceRequired));
    }

    /** The rules Bean Validation cannot know: this consultation's sections, attributes and required fields. */
    private static List<FieldError> check(Consultation c, NewSubmission s, boolean enforceRequired) {
        List<FieldError> errors = new ArrayList<>();
        if (s.text() != null && s.text().codePointCount(0, s.text().length()) > Submissions.MAX_TEXT_LENGTH) {
            errors.add(new FieldError("text", "text: " + Submissions.TEXT_TOO_LONG));
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < s.sections().size(); i++) {
            String key = s.sections().get(i);
            if (!c.hasSection(key)) {
                errors.add(new FieldError("sections[" + i + "]", FieldMessages.notASection("sections[" + i + "]", key)));
            } else if (!seen.add(key)) {
                errors.add(new FieldError("sections[" + i + "]", "sections[" + i + "]: 同じ項目が重複しています / the same section is given twice"));
            }
        }
        String attribute = blankToNull(s.attribute());
        if (attribute != null && !c.allowedAttributes.contains(attribute)) {
            errors.add(new FieldError("attribute", FieldMessages.oneOf("attribute", "区分", c.allowedAttributes)));
        }
        if (enforceRequired) {
            for (String field : c.requiredFields) {
                Function<NewSubmission, String> read = REQUIRABLE.get(field);
                if (read != null && blankToNull(read.apply(s)) == null) {
                    String message = REQUIRED_MESSAGES.get(field);
                    errors.add(new FieldError(message.substring(0, message.indexOf(':')), message));
                }
            }
        }
        return errors;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }


    /** A keyed hash of everything a request says, to tell a true retry from a different body with the same key. */
    private String fingerprint(String channel, Instant receivedAt, NewSubmission s) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(List.of(channel, String.valueOf(receivedAt), s));
            byte[] prefixed = ("request\n" + new String(canonical, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            return java.util.HexFormat.of().formatHex(keys.hashForCheckCode(prefixed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
