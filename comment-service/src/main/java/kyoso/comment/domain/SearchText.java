package kyoso.comment.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese search words. Citizens type queries without spaces (「オープンデータの公開」), so a query is
 * cut into words with kuromoji, keeping content words (particles, auxiliaries and symbols dropped) as
 * they appear, so each is a plain substring of the normalized text it should find.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
    }

    public static List<String> words(String query) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            tokenizer.setReader(new StringReader(normalize(query)));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String tag = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                String word = term.toString().strip();
                if (!word.isEmpty() && !tag.startsWith("助詞") && !tag.startsWith("助動詞") && !tag.startsWith("記号")) {
                    words.add(word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }

    /** The LIKE pattern that finds a word anywhere, with LIKE's own characters in it taken literally. */
    public static String anywhere(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
