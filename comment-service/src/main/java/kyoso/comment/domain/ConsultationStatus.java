package kyoso.comment.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The life of a consultation. Opening and closing happen on time by themselves (the clock decides,
 * see {@link Consultation#effectiveStatus}); every other step is a moderator's decision.
 */
public enum ConsultationStatus {
    DRAFT("draft", "準備中"),
    SCHEDULED("scheduled", "募集予定"),
    OPEN("open", "募集中"),
    CLOSED("closed", "募集終了"),
    ANSWERING("answering", "意見を整理中"),
    PUBLISHED("published", "結果公表済み"),
    ARCHIVED("archived", "保存済み");

    /** What a moderator may do from each state; open and closed are reached by the clock. */
    private static final Map<ConsultationStatus, Set<ConsultationStatus>> BY_MODERATOR = Map.of(
            DRAFT, Set.of(SCHEDULED),
            SCHEDULED, Set.of(DRAFT),
            OPEN, Set.of(),
            CLOSED, Set.of(ANSWERING),
            ANSWERING, Set.of(PUBLISHED),
            PUBLISHED, Set.of(ARCHIVED),
            ARCHIVED, Set.of());

    private final String code;
    private final String label;

    ConsultationStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean moderatorMayMoveTo(ConsultationStatus target) {
        return BY_MODERATOR.get(this).contains(target);
    }

    public Set<ConsultationStatus> moderatorTargets() {
        return BY_MODERATOR.get(this);
    }

    public static Optional<ConsultationStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
