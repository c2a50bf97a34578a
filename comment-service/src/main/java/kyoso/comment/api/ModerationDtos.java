package kyoso.comment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import kyoso.comment.domain.ModerationService.ItemChange;
import kyoso.comment.domain.OpinionItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moderators' view and edits of opinion items (意見の要旨) and answers (本市の考え方). */
public final class ModerationDtos {

    private ModerationDtos() {
    }

    @Schema(name = "OpinionItemRequest", description = """
            An opinion item. summary, answer and planChange are published: personal information in them is
            refused with a proposed redaction. version is required when updating (optimistic locking).""")
    public record ItemRequest(
            @Schema(description = "受付番号 of the submission the item comes from (only when creating)") String receipt,
            @NotBlank(message = "意見の要旨を入力してください / enter the gist of the opinion") @Size(max = 4000, message = "意見の要旨は4000文字以内で入力してください / at most 4000 characters") String summary,
            @Size(max = 120) String section,
            boolean hidden,
            @Size(max = 1000) String hiddenReason,
            @Size(max = 8000, message = "本市の考え方は8000文字以内で入力してください / at most 8000 characters") String answer,
            @Size(max = 40) String category,
            @Size(max = 4000, message = "計画の変更内容は4000文字以内で入力してください / at most 4000 characters") String planChange,
            @Schema(description = "Why personal information was left out of the gist (logged); a default reason is logged if omitted")
            @Size(max = 1000) String redactionReason,
            Integer version) {

        ItemChange toDomain() {
            return new ItemChange(summary, section, hidden, hiddenReason, answer, category, planChange, redactionReason);
        }
    }

    @Schema(name = "RedactionLogEntry", description = "Kinds of personal information left out of an item, why, by whom, when")
    public record RedactionView(long itemId, List<String> kinds, String reason, OffsetDateTime at, String actor) {
        static RedactionView of(kyoso.comment.domain.Redaction r) {
            return new RedactionView(r.itemId, List.of(r.kinds.split(",")), r.reason, ConsultationDtos.jst(r.at), r.actor);
        }
    }

    @Schema(name = "OpinionItem")
    public record ItemView(long id, String receipt, String section, String summary, boolean hidden, String hiddenReason,
                           String answer, String category, String planChange, OffsetDateTime updatedAt, String updatedBy,
                           int version) {
        static ItemView of(OpinionItem i, String receipt) {
            return new ItemView(i.id, receipt, i.sectionKey, i.summary, i.hidden, i.hiddenReason, i.answer, i.category,
                    i.planChange, ConsultationDtos.jst(i.updatedAt), i.updatedBy, i.version);
        }
    }
}
