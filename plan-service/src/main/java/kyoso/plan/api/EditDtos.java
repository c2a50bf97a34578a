package kyoso.plan.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import kyoso.kit.time.DateLabel;
import kyoso.plan.domain.PlanEditService.NodeFields;
import kyoso.plan.domain.Revision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff send to draft and edit a plan, and the revision history they read back. */
public final class EditDtos {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private EditDtos() {
    }

    @Schema(name = "DraftInput", description = "Create a draft version as a copy of a version of the same plan")
    public record DraftInput(
            @Schema(description = "Code of the version to copy", example = "outline-2025-10-29")
            @NotBlank(message = "元にする版を指定してください / name the version to copy") String from,
            @Schema(description = "Code of the new draft", example = "public-comment")
            @NotBlank(message = "版のコードを入力してください / enter the version's code") @Size(max = 80, message = "80文字以内で入力してください / at most 80 characters") String code,
            @Schema(example = "パブリックコメント版")
            @NotBlank(message = "版の名称を入力してください / enter the version's name") @Size(max = 200, message = InputMessages.AT_MOST_200) String label,
            LocalDate dated) {
    }

    @Schema(name = "NodeInput", description = "A node's content; key, parentKey and order are used when adding, lockVersion when editing")
    public record NodeInput(
            @Size(max = 120, message = "120文字以内で入力してください / at most 120 characters") String key,
            String parentKey,
            Integer order,
            @NotBlank(message = "種類を指定してください / name the kind") String kind,
            @Size(max = 20, message = "20文字以内で入力してください / at most 20 characters") String number,
            @NotBlank(message = "見出しを入力してください / enter a heading") @Size(max = 300, message = InputMessages.AT_MOST_300) String title,
            @Size(max = 300, message = InputMessages.AT_MOST_300) String subtitle,
            String body,
            @Schema(description = "Number of the master plan basic policy (基本方針) the node realises") Integer alignedBasicPolicy,
            Integer lockVersion) {
        NodeFields fields() {
            return new NodeFields(kind, number, title, subtitle, body, alignedBasicPolicy);
        }
    }

    @Schema(name = "MoveInput", description = "Where to put a node: under parentKey (null = top level) at a 1-based position (null = last)")
    public record MoveInput(String parentKey, Integer order,
                            @NotNull(message = InputMessages.LOCK_VERSION) Integer lockVersion) {
    }

    @Schema(name = "Revision", description = "One staff change: who, when, what")
    public record RevisionView(long id, OffsetDateTime at,
                               @Schema(description = "The day in Asia/Tokyo with its 和暦 label") DateLabel on,
                               String actor,
                               @Schema(description = "create-draft, add-node, edit-node, move-node, delete-node, publish, create, update, delete, record-progress")
                               String action,
                               @Schema(enumeration = {"version", "node", "measure", "kpi", "progress"}) String subjectType,
                               String subjectId, String plan, String version, String summary,
                               @Schema(description = "Values before and after the change") Map<String, Object> detail) {
        static RevisionView of(Revision r) {
            return new RevisionView(r.id, r.at, DateLabel.of(r.at.atZoneSameInstant(TOKYO).toLocalDate()), r.actor,
                    r.action, r.subjectType, r.subjectId, r.planCode,
                    r.versionCode, r.summary, r.detail == null ? Map.of() : r.detail);
        }
    }
}
