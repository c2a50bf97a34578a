package kyoso.comment.domain;

import java.util.Collection;

/**
 * Field messages that several checks word alike, written once. Like every message a client gets they
 * read "field: 日本語 / English": the SPA cuts at the first " / " and shows the reader's half, so a
 * list in the Japanese half is written with "、", never with " / ".
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** A value that is not one of codes, e.g. "state: 状態は a、b から選んでください / state must be one of a, b". */
    public static String oneOf(String field, String what, Collection<String> codes) {
        return field + ": " + what + "は " + String.join("、", codes) + " から選んでください / "
                + field + " must be one of " + String.join(", ", codes);
    }

    /** A key that is not a section of the consultation's outline. */
    public static String notASection(String field, String key) {
        return field + ": 「" + key + "」はこの案件の項目にありません / '" + key + "' is not a section of this consultation";
    }
}
