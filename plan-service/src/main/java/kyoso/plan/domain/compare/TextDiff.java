package kyoso.plan.domain.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Character-level diff of Japanese text that a reader can follow.
 *
 * <p>A raw character diff of two rewritten sentences matches stray common characters (の, を, デジタル)
 * and shreds the text. So the text is first compared clause by clause (a clause ends at 、 。 or a line
 * break); only a changed stretch whose old and new wording still mostly agree is refined to single
 * characters (取り組み → 取組). A rewritten stretch stays one deletion and one insertion, which is how
 * an added phrase, such as the one the council material marks in red, shows up whole.
 */
public final class TextDiff {

    /** Below this share of common characters a changed stretch counts as rewritten, not edited. */
    private static final double EDIT_SIMILARITY = 0.5;

    private TextDiff() {
    }

    public enum Op { EQUAL, INSERT, DELETE }

    public record Segment(Op op, String text) {
    }

    public static List<Segment> diff(String from, String to) {
        List<String> a = clauses(from == null ? "" : from);
        List<String> b = clauses(to == null ? "" : to);
        Builder out = new Builder();
        int ai = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            out.add(Op.EQUAL, String.join("", a.subList(ai, start)));
            String removed = String.join("", delta.getSource().getLines());
            String added = String.join("", delta.getTarget().getLines());
            refine(removed, added, out);
            ai = start + delta.getSource().size();
        }
        out.add(Op.EQUAL, String.join("", a.subList(ai, a.size())));
        return out.segments;
    }

    /** The text of the given segments as it reads on one side. */
    public static String side(List<Segment> segments, Op omitted) {
        StringBuilder sb = new StringBuilder();
        segments.stream().filter(s -> s.op() != omitted).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private static void refine(String removed, String added, Builder out) {
        List<Segment> chars = characterDiff(removed, added);
        int common = chars.stream().filter(s -> s.op() == Op.EQUAL).mapToInt(s -> s.text().length()).sum();
        int longer = Math.max(removed.length(), added.length());
        if (longer > 0 && (double) common / longer >= EDIT_SIMILARITY) {
            chars.forEach(s -> out.add(s.op(), s.text()));
        } else {
            out.add(Op.DELETE, removed);
            out.add(Op.INSERT, added);
        }
    }

    private static List<Segment> characterDiff(String from, String to) {
        List<String> a = codePoints(from);
        List<String> b = codePoints(to);
        Builder out = new Builder();
        int ai = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            out.add(Op.EQUAL, String.join("", a.subList(ai, start)));
            out.add(Op.DELETE, String.join("", delta.getSource().getLines()));
            out.add(Op.INSERT, String.join("", delta.getTarget().getLines()));
            ai = start + delta.getSource().size();
        }
        out.add(Op.EQUAL, String.join("", a.subList(ai, a.size())));
        return out.segments;
    }

    static List<String> clauses(String text) {
        List<String> result = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '、' || c == '。' || c == '\n') {
                result.add(text.substring(begin, i + 1));
                begin = i + 1;
            }
        }
        if (begin < text.length()) {
            result.add(text.substring(begin));
        }
        return result;
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    /** Appends segments, merging neighbours of the same kind and dropping empty ones. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        void add(Op op, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).op() == op) {
                segments.set(last, new Segment(op, segments.get(last).text() + text));
            } else {
                segments.add(new Segment(op, Objects.requireNonNull(text)));
            }
        }
    }
}
