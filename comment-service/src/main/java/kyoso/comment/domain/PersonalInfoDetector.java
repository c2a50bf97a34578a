package kyoso.comment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal information a public text must not carry: e-mail addresses, phone numbers, postal
 * codes and 12-digit numbers that pass the My Number check digit. Works on NFKC-normalized text so
 * full-width digits are found too. Each finding comes with the redaction it proposes.
 */
public final class PersonalInfoDetector {

    public record Finding(String kind, String label, String text, String replacement) {
    }

    private record Rule(String kind, String label, Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("email", "メールアドレス", Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"), "[メールアドレス]"),
            new Rule("my-number", "個人番号と思われる12桁の番号", Pattern.compile("(?<!\\d)\\d{4}[- ]?\\d{4}[- ]?\\d{4}(?!\\d)"), "[番号]"),
            new Rule("phone", "電話番号", Pattern.compile("(?<!\\d)0\\d{1,4}[-(]\\d{1,4}[-)]\\d{3,4}(?!\\d)|(?<!\\d)0[5789]0\\d{8}(?!\\d)|(?<!\\d)0\\d{9}(?!\\d)"), "[電話番号]"),
            new Rule("postal-code", "郵便番号", Pattern.compile("〒?\\s?(?<!\\d)\\d{3}-\\d{4}(?!\\d)"), "[郵便番号]"),
            new Rule("address", "住所", Pattern.compile(
                    "(石川県)?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}[市区町村][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,12}?"
                            + "(\\d+丁目(\\d+番(地)?)?(\\d+号?)?|\\d+番地?(\\d+号?)?|\\d+(-\\d+){1,2})"), "[住所]"));

    private PersonalInfoDetector() {
    }

    public static List<Finding> find(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(normalized);
            while (m.find()) {
                String found = m.group();
                if (rule.kind().equals("my-number") && !isMyNumber(found.replaceAll("\\D", ""))) {
                    continue;
                }
                if (findings.stream().noneMatch(f -> f.text().contains(found) || found.contains(f.text()))) {
                    findings.add(new Finding(rule.kind(), rule.label(), found, rule.replacement()));
                }
            }
        }
        return findings;
    }

    /**
     * Also personal names, by kuromoji's part of speech 名詞-固有名詞-人名. Names are only proposed, never
     * used to refuse a text: the dictionary also tags some place and shop names as names.
     */
    public static List<Finding> findWithNames(String text) {
        List<Finding> findings = find(text);
        if (text == null) {
            return findings;
        }
        try (var tokenizer = new org.apache.lucene.analysis.ja.JapaneseTokenizer(null, true,
                org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode.NORMAL)) {
            tokenizer.setReader(new java.io.StringReader(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)));
            var term = tokenizer.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var pos = tokenizer.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class);
            tokenizer.reset();
            StringBuilder name = new StringBuilder();
            while (tokenizer.incrementToken()) {
                String tag = pos.getPartOfSpeech();
                if (tag != null && tag.startsWith("名詞-固有名詞-人名")) {
                    name.append(term);
                } else {
                    addName(findings, name);
                }
            }
            addName(findings, name);
            tokenizer.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return findings;
    }

    private static void addName(List<Finding> findings, StringBuilder name) {
        if (!name.isEmpty()) {
            String found = name.toString();
            if (findings.stream().noneMatch(f -> f.text().contains(found))) {
                findings.add(new Finding("person-name", "人名", found, "[氏名]"));
            }
            name.setLength(0);
        }
    }

    /** The text with every finding (names included) replaced by its placeholder. */
    public static String redactWithNames(String text) {
        String out = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        for (Finding f : findWithNames(text)) {
            out = out.replace(f.text(), f.replacement());
        }
        return out;
    }

    /** The text with every finding replaced by its placeholder: a proposal the moderator accepts or edits. */
    public static String redact(String text) {
        String out = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        for (Finding f : find(text)) {
            out = out.replace(f.text(), f.replacement());
        }
        return out;
    }

    /** 個人番号 check digit (番号法施行令 第8条): weights 2..7 then 2..6 over the first 11 digits from the right. */
    static boolean isMyNumber(String digits) {
        if (digits.length() != 12) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == digits.charAt(11) - '0';
    }
}
