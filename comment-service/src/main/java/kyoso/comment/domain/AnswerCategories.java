package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kyoso.comment.config.CommentConfig;

/** The configured 本市の考え方 categories, in display order. */
@ApplicationScoped
public class AnswerCategories {

    private final Map<String, String> labels = new LinkedHashMap<>();

    AnswerCategories(CommentConfig config) {
        for (String entry : config.answerCategories()) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("kyoso.comment.answer-categories: expected code:label, got " + entry);
            }
            labels.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
    }

    public Map<String, String> all() {
        return labels;
    }

    public Optional<String> label(String code) {
        return Optional.ofNullable(code).map(labels::get);
    }
}
