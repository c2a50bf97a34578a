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
            new Rule("postal-code", "郵便番号", Pattern.compile("〒?\\s?(?<!\\d)\\d{3}-\\d{4}(?!\\d)"), "[郵便番号]"));

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
