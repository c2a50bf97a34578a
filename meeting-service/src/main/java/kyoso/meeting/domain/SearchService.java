package kyoso.meeting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.ProblemException;
import kyoso.meeting.persistence.SearchRepository.Row;
import kyoso.meeting.persistence.SearchRepository;

/** Japanese text search over the public meeting records. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    static final int MAX_TERMS = 5;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** A hit with a short passage around the first term, so a reader sees why it matched. */
    public record Hit(Row row, String snippet) {
    }

    public Page<Hit> search(String q, int page, int size) {
        List<String> terms = terms(q);
        List<Hit> hits = repository.search(terms, page, size).stream()
                .map(row -> new Hit(row, snippet(row, terms.get(0))))
                .toList();
        return new Page<>(hits, page, size, repository.count(terms));
    }

    /** NFKC so that 全角 and 半角 forms match; whitespace (including 全角スペース) separates terms. */
    static List<String> terms(String q) {
        String normalized = q == null ? "" : Normalizer.normalize(q, Normalizer.Form.NFKC).strip();
        if (normalized.isEmpty()) {
            throw ProblemException.invalid("q", "q: 検索語を入力してください / enter a search term");
        }
        if (normalized.length() > 100) {
            throw ProblemException.invalid("q", "q: 100文字以内で入力してください / at most 100 characters");
        }
        List<String> terms = Arrays.stream(normalized.split("\\s+")).filter(t -> !t.isEmpty()).distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw ProblemException.invalid("q", "q: 検索語は" + MAX_TERMS + "語までです / at most " + MAX_TERMS + " terms");
        }
        return terms;
    }

    /** Cut from the text as written; the normalized form is only a fallback for a term that needs it to match. */
    private static String snippet(Row row, String term) {
        String text = row.body() == null ? row.title() : row.title() + " " + row.body();
        int at = text.toLowerCase(Locale.ROOT).indexOf(term.toLowerCase(Locale.ROOT));
        if (at < 0) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
            at = text.toLowerCase(Locale.ROOT).indexOf(term.toLowerCase(Locale.ROOT));
        }
        int from = Math.max(0, at - 40);
        int to = Math.min(text.length(), Math.max(at, 0) + term.length() + 60);
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }
}
