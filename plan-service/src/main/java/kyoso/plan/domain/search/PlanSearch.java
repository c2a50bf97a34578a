package kyoso.plan.domain.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.domain.Plan;
import kyoso.plan.domain.PlanVersion;
import kyoso.plan.domain.SectionNode;
import kyoso.plan.domain.VersionPublished;
import kyoso.plan.persistence.PlanRepository;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese full-text search over the published plans' nodes. Text is tokenized by kuromoji (base
 * forms, particles dropped); before that it is NFKC-normalized (全角ＡＢＣ and 半角ｶﾅ become one form)
 * and afterwards hiragana is folded to katakana, so でじたる and デジタル meet. A query that kuromoji
 * splits differently from the text still matches as a phrase on the same folded text.
 *
 * <p>The published plans are a few hundred short nodes and change only on publication, so the
 * index lives in memory and is rebuilt after a publication commits.
 */
@ApplicationScoped
public class PlanSearch {

    private static final double TITLE_WEIGHT = 3;
    private static final double SUBTITLE_WEIGHT = 2;
    private static final double BODY_WEIGHT = 1;
    private static final double PHRASE_BONUS = 2;

    private final PlanRepository repository;
    private final Analyzer analyzer = new JapaneseAnalyzer();
    private final AtomicReference<List<Entry>> index = new AtomicReference<>();

    PlanSearch(PlanRepository repository) {
        this.repository = repository;
    }

    /** One indexed node with its terms, weighted by the field they occur in. */
    record Entry(Plan plan, PlanVersion version, boolean latest, SectionNode node, Map<String, Double> terms,
                 String folded) {
    }

    public record Hit(Plan plan, PlanVersion version, SectionNode node, double score, String snippet,
                      List<String> matchedTerms) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hit> search(String query, String planCode, String versionCode, int limit) {
        if (query == null || query.isBlank()) {
            throw ProblemException.invalid("q", "q: 検索する語を入力してください / enter words to search for");
        }
        List<Entry> entries = index();
        List<Entry> scope = entries.stream()
                .filter(e -> planCode == null || e.plan().code.equals(planCode))
                .filter(e -> versionCode == null ? e.latest() : e.version().code.equals(versionCode))
                .toList();
        Set<String> queryTerms = new LinkedHashSet<>(terms(query).keySet());
        String phrase = fold(query.strip());
        Map<String, Integer> documentFrequency = new HashMap<>();
        scope.forEach(e -> e.terms().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        List<Hit> hits = new ArrayList<>();
        for (Entry e : scope) {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (String t : queryTerms) {
                Double tf = e.terms().get(t);
                if (tf != null) {
                    double idf = Math.log(1 + (double) scope.size() / documentFrequency.get(t));
                    score += idf * tf / (tf + 1.2);
                    matched.add(t);
                }
            }
            if (!phrase.isEmpty() && e.folded().contains(phrase)) {
                score += PHRASE_BONUS;
            }
            if (score > 0) {
                hits.add(new Hit(e.plan(), e.version(), e.node(), Math.round(score * 1000) / 1000.0,
                        snippet(e.node(), phrase, matched), matched));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingDouble(Hit::score).reversed()
                        .thenComparing(h -> h.plan().periodStartFiscalYear, Comparator.reverseOrder())
                        .thenComparing(h -> h.node().key))
                .limit(limit)
                .toList();
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished event) {
        index.set(null);
    }

    private List<Entry> index() {
        List<Entry> current = index.get();
        if (current == null) {
            current = build();
            index.set(current);
        }
        return current;
    }

    private List<Entry> build() {
        List<Entry> entries = new ArrayList<>();
        for (Plan plan : repository.listPlans()) {
            PlanVersion latest = repository.latestPublished(plan).orElse(null);
            for (PlanVersion version : repository.listVersions(plan)) {
                if (!version.isPublished()) {
                    continue;
                }
                for (SectionNode node : repository.listNodes(version)) {
                    Map<String, Double> weighted = new HashMap<>();
                    add(weighted, node.title, TITLE_WEIGHT);
                    add(weighted, node.subtitle, SUBTITLE_WEIGHT);
                    add(weighted, node.body, BODY_WEIGHT);
                    String folded = fold(String.join("\n", nz(node.number), node.title, nz(node.subtitle), nz(node.body)));
                    entries.add(new Entry(plan, version, latest != null && latest.id.equals(version.id), node,
                            weighted, folded));
                }
            }
        }
        return List.copyOf(entries);
    }

    private void add(Map<String, Double> weighted, String text, double weight) {
        if (text != null) {
            terms(text).forEach((t, n) -> weighted.merge(t, n * weight, Double::sum));
        }
    }

    /** kuromoji terms of a text with their counts, on NFKC-normalized input, folded to katakana. */
    Map<String, Integer> terms(String text) {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(toKatakana(term.toString()), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    static String fold(String text) {
        return toKatakana(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase());
    }

    private static String toKatakana(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c);
        }
        return sb.toString();
    }

    /** The field that matched, shortened around the first match so a list of hits stays readable. */
    private static String snippet(SectionNode node, String phrase, List<String> matched) {
        String text = node.body != null ? node.body : node.title;
        String folded = fold(text);
        int at = phrase.isEmpty() ? -1 : folded.indexOf(phrase);
        for (int i = 0; at < 0 && i < matched.size(); i++) {
            at = folded.indexOf(matched.get(i));
        }
        if (at < 0 && node.body != null) {
            return node.body.length() <= 120 ? node.body : node.body.substring(0, 120) + "…";
        }
        // NFKC may change lengths; positions are only used when the folded text kept its length.
        if (at < 0 || folded.length() != text.length() || text.length() <= 120) {
            return text.length() <= 120 ? text : text.substring(0, 120) + "…";
        }
        int start = Math.max(0, at - 40);
        int end = Math.min(text.length(), start + 120);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
