package kyoso.comment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import kyoso.comment.domain.ConsultationDocument;
import kyoso.comment.domain.ConsultationLifecycle.Draft;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What moderators send to create and steer consultations. */
public final class ConsultationRequests {

    private ConsultationRequests() {
    }

    @Schema(name = "ConsultationDocumentRequest")
    public record DocumentRequest(@NotBlank(message = "資料名を入力してください / enter the document's title") @Size(max = 300) String title,
                                  @NotBlank(message = "資料のURLを入力してください / enter the document's URL") @Size(max = 1000) String url) {
    }

    @Schema(name = "CreateConsultationRequest", description = """
            A new consultation on a plan version; the outline is taken from plan-service now. Times are
            instants (send them with +09:00); closesAt is exclusive. A period shorter than 30 days needs
            shortPeriodReason. Omitted allowedAttributes / channels mean all.""")
    public record Create(
            @NotBlank(message = "識別子を入力してください / enter an id")
            @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,79}$", message = "識別子は英小文字・数字・ハイフンで3〜80文字にしてください / use 3-80 characters: a-z, 0-9 and '-'")
            String id,
            @NotBlank(message = "件名を入力してください / enter a title") @Size(max = 300, message = "件名は300文字以内で入力してください / at most 300 characters") String title,
            @NotBlank(message = "概要を入力してください / enter the summary") @Size(max = 20000, message = "概要は20000文字以内で入力してください / at most 20000 characters") String summary,
            @NotBlank(message = "計画を指定してください / name the plan") @Size(max = 80) String plan,
            @NotBlank(message = "計画の版を指定してください / name the plan version") @Size(max = 80) String version,
            @NotNull(message = "募集開始日時を入力してください / enter when it opens") OffsetDateTime opensAt,
            @NotNull(message = "締切日時を入力してください / enter when it closes") OffsetDateTime closesAt,
            @Size(max = 500) String periodNote,
            @Size(max = 2000) String shortPeriodReason,
            @Size(max = 2000) String eligibility,
            @Size(max = 10) List<String> allowedAttributes,
            @Size(max = 10) List<String> requiredFields,
            @Size(max = 10) List<String> channels,
            @Size(max = 50) List<@Valid DocumentRequest> documents) {

        Draft toDomain() {
            return new Draft(id, title, summary, plan, version, opensAt.toInstant(), closesAt.toInstant(), periodNote,
                    shortPeriodReason, eligibility, allowedAttributes, requiredFields, channels,
                    documents == null ? List.of()
                            : documents.stream().map(doc -> new ConsultationDocument(doc.title(), doc.url())).toList());
        }
    }

    @Schema(name = "TransitionRequest", description = """
            The state to move to: scheduled (from draft), draft (from scheduled), answering (from closed),
            published (from answering), archived (from published). open and closed follow the clock.""")
    public record Transition(
            @NotBlank(message = "変更後の状態を指定してください / name the state to move to")
            @Schema(enumeration = {"draft", "scheduled", "answering", "published", "archived"}) String to,
            @Size(max = 2000, message = "理由は2000文字以内で入力してください / at most 2000 characters") String reason) {
    }
}
