package kyoso.comment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import kyoso.comment.domain.Channel;
import kyoso.comment.domain.PersonalData;
import kyoso.comment.domain.Submissions;
import kyoso.comment.domain.SubmissionService.Accepted;
import kyoso.comment.domain.SubmissionService.NewSubmission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the submission endpoints. Personal data goes in, never out. */
public final class SubmissionDtos {

    private SubmissionDtos() {
    }

    @Schema(name = "SubmitterContact", description = "連絡先. Stored encrypted apart from the opinion, never published, deleted after the retention period.")
    public record Contact(
            @Size(max = 100, message = "氏名は100文字以内で入力してください / at most 100 characters") String name,
            @Size(max = 200, message = "法人・団体名は200文字以内で入力してください / at most 200 characters") String organization,
            @Size(max = 300, message = "住所は300文字以内で入力してください / at most 300 characters") String address,
            @Email(message = "メールアドレスの形式が正しくありません / not a valid e-mail address")
            @Size(max = 254, message = "メールアドレスは254文字以内で入力してください / at most 254 characters") String email,
            @Pattern(regexp = "^[0-9０-９+()\\-－ー ]{0,20}$", message = "電話番号は数字とハイフンで20文字以内で入力してください / digits and hyphens, at most 20 characters")
            String phone) {

        PersonalData toDomain() {
            return new PersonalData(name, organization, address, email, phone);
        }

        static Contact of(PersonalData p) {
            return new Contact(p.name(), p.organization(), p.address(), p.email(), p.phone());
        }
    }

    @Schema(name = "SubmissionRequest", description = """
            ご意見. text holds at most 4000 characters (SubmissionRules.maxTextLength); sections are keys of the
            consultation's outline; attribute is one of SubmissionRules.attributes; which contact fields are
            required is listed in SubmissionRules.requiredFields.""")
    public record SubmissionRequest(
            @NotBlank(message = "ご意見を入力してください / enter your opinion") @Size(max = 8000, message = Submissions.TEXT_TOO_LONG)
            @Schema(maxLength = 4000) String text,
            @Size(max = 20, message = "参照する項目は20件までです / at most 20 sections") List<@NotBlank(message = "項目を指定してください / name the section") @Size(max = 120) String> sections,
            @Size(max = 20) @Schema(examples = "resident") String attribute,
            @Size(max = 200, message = "区分の補足は200文字以内で入力してください / at most 200 characters") String attributeDetail,
            @Valid Contact contact) {

        NewSubmission toDomain() {
            return new NewSubmission(text, sections, attribute, attributeDetail,
                    contact == null ? null : contact.toDomain());
        }
    }

    @Schema(name = "StaffSubmissionRequest", description = "An opinion that arrived by post, fax, e-mail or at the counter, entered by staff")
    public record StaffSubmissionRequest(
            @NotBlank(message = "提出方法を選んでください / choose how it arrived") @Schema(enumeration = {"post", "fax", "email", "counter"}) String channel,
            @NotNull(message = "受付日時を入力してください / enter when it was received") OffsetDateTime receivedAt,
            @NotNull(message = "ご意見の内容を入力してください / enter the opinion") @Valid SubmissionRequest opinion) {
    }

    @Schema(name = "SubmissionReceipt", description = """
            受付番号 and 確認コード. The check code is shown only here (it is stored as a keyed hash): with both,
            the submitter can see the status at GET /api/v1/submissions/{receipt}.""")
    public record Receipt(String receipt, String checkCode, String consultation, OffsetDateTime receivedAt,
                          Labeled channel, Labeled status, boolean replayed, String message) {
        static Receipt of(Accepted a) {
            return new Receipt(a.submission().receiptNumber, a.checkCode(), a.consultation().code,
                    ConsultationDtos.jst(a.submission().receivedAt), channelLabel(a.submission().channel),
                    new Labeled(a.submission().status, "受付済み"), a.replayed(),
                    "ご意見を受け付けました。受付番号と確認コードを控えてください。確認コードは再表示できません。");
        }
    }

    @Schema(name = "SubmissionStatus", description = "What the holder of receipt and check code may see. No personal data.")
    public record Status(String receipt, String consultation, String consultationTitle, Labeled consultationStatus,
                         OffsetDateTime receivedAt, Labeled channel, Labeled status, String text, List<String> sections) {
        static Status of(Accepted a, java.time.Instant now) {
            var s = a.submission();
            var progress = kyoso.comment.domain.SubmissionProgress.of(s, a.consultation(), now);
            return new Status(s.receiptNumber, a.consultation().code, a.consultation().title,
                    ConsultationDtos.labeled(a.consultation().effectiveStatus(now)), ConsultationDtos.jst(s.receivedAt),
                    channelLabel(s.channel), new Labeled(progress.code(), progress.label()), s.text, s.sectionKeys);
        }
    }

    @Schema(name = "StaffSubmission", description = "A submission as moderators see it; contact details only via the contact endpoint")
    public record StaffView(String receipt, OffsetDateTime receivedAt, Labeled channel, String text, List<String> sections,
                            Labeled attribute, String attributeDetail, String status, String enteredBy,
                            OffsetDateTime personalDataPurgedAt) {
        static StaffView of(kyoso.comment.domain.Submission s) {
            return new StaffView(s.receiptNumber, ConsultationDtos.jst(s.receivedAt), channelLabel(s.channel), s.text,
                    s.sectionKeys, s.attribute == null ? null : kyoso.comment.domain.SubmitterAttribute.ofCode(s.attribute)
                            .map(a -> new Labeled(a.code(), a.label())).orElse(new Labeled(s.attribute, s.attribute)),
                    s.attributeDetail, s.status, s.enteredBy, ConsultationDtos.jst(s.personalDataPurgedAt));
        }
    }

    @Schema(name = "QueueEntry", description = "A submission in the moderators' queue, with how many items were taken out of it and how many of those wait for an answer")
    public record QueueEntry(StaffView submission, long items, long unanswered) {
        static QueueEntry of(kyoso.comment.domain.SubmissionQueue.Entry e) {
            return new QueueEntry(StaffView.of(e.submission()), e.items(), e.unanswered());
        }
    }

    @Schema(name = "ModerationProgress", description = "What is left before publishing: submissions not yet split into items, and public items without answer or category")
    public record Progress(long submissions, long unsplit, long unanswered) {
        static Progress of(kyoso.comment.domain.ModerationService.Progress p) {
            return new Progress(p.submissions(), p.unsplit(), p.unanswered());
        }
    }

    @Schema(name = "DuplicateGroup", description = "Submissions that say the same (identical or near-identical text)")
    public record DuplicateGroup(int size, double similarity, List<StaffView> members) {
        static DuplicateGroup of(kyoso.comment.domain.DuplicateFinder.Group<kyoso.comment.domain.Submission> g) {
            return new DuplicateGroup(g.members().size(), Math.round(g.similarity() * 100) / 100.0,
                    g.members().stream().map(StaffView::of).toList());
        }
    }

    static Labeled channelLabel(String code) {
        return Channel.ofCode(code).map(c -> new Labeled(c.code(), c.label())).orElse(new Labeled(code, code));
    }
}
