package kyoso.comment.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a submitter relates to the city (意見を提出できる方の区分). */
public enum SubmitterAttribute {
    RESIDENT("resident", "市内在住"),
    WORKER("worker", "市内在勤"),
    STUDENT("student", "市内在学"),
    BUSINESS("business", "市内に事務所・事業所を有する事業者"),
    OTHER("other", "その他");

    private final String code;
    private final String label;

    SubmitterAttribute(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<SubmitterAttribute> ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
