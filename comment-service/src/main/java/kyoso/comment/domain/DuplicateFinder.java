package kyoso.comment.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups identical and near-identical texts (form letters, 組織的な同一意見). Identical means equal after
 * NFKC normalization without spaces and punctuation; near-identical means the Jaccard similarity of
 * kuromoji tokens (base forms, particles dropped) and token pairs is at least the threshold.
 */
public final class DuplicateFinder {

    /** Texts that say the same; similarity is the lowest similarity that joined a member to the group. */
    public record Group<T>(List<T> members, double similarity) {
    }

    private static final Analyzer ANALYZER = new JapaneseAnalyzer();

    private DuplicateFinder() {
    }

    public static <T> List<Group<T>> groups(List<T> items, Function<T, String> text, double threshold) {
        Map<String, List<T>> identical = new LinkedHashMap<>();
        for (T item : items) {
            identical.computeIfAbsent(exactKey(text.apply(item)), k -> new ArrayList<>()).add(item);
        }
        List<String> keys = new ArrayList<>(identical.keySet());
        List<Set<String>> features = keys.stream().map(k -> features(text.apply(identical.get(k).get(0)))).toList();
        int[] parent = new int[keys.size()];
        double[] weakest = new double[keys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            weakest[i] = 1.0;
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                double s = jaccard(features.get(i), features.get(j));
                if (s >= threshold) {
                    int a = find(parent, i);
                    int b = find(parent, j);
                    if (a != b) {
                        parent[b] = a;
                        weakest[a] = Math.min(Math.min(weakest[a], weakest[b]), s);
                    }
                }
            }
        }
        Map<Integer, List<T>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).addAll(identical.get(keys.get(i)));
        }
        List<Group<T>> groups = new ArrayList<>();
        byRoot.forEach((root, members) -> {
            if (members.size() > 1) {
                groups.add(new Group<>(members, weakest[root]));
            }
        });
        groups.sort((x, y) -> Integer.compare(y.members().size(), x.members().size()));
        return groups;
    }

    static String exactKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase().replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    /** Tokens and adjacent token pairs, so that word order counts a little. */
    static Set<String> features(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> features = new HashSet<>(tokens);
        for (int i = 1; i < tokens.size(); i++) {
            features.add(tokens.get(i - 1) + "\u0000" + tokens.get(i));
        }
        return features;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
