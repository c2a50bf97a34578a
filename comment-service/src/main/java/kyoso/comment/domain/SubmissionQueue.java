package kyoso.comment.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import kyoso.kit.paging.Page;
import kyoso.kit.problem.Problem.FieldError;
import kyoso.kit.problem.ProblemException;

/**
 * The moderators' work queue of a consultation's submissions: which ones to show (state, channel,
 * section, submitter attribute, free text or receipt), in which order, one page at a time. The
 * database filters, counts and pages, so a consultation with thousands of opinions answers as fast
 * as one with ten.
 */
public final class SubmissionQueue {

    /** A moderator works through 50 opinions at a time: one screen of the staff console's table. */
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_QUERY_LENGTH = 200;

    /** Where a submission stands in the work of splitting it into items and answering them. */
    public enum State {
        /** Not yet split into any opinion item. */
        UNSPLIT("unsplit"),
        /** Split into at least one item. */
        SPLIT("split"),
        /** Has a public item still without the city's answer or its category. */
        UNANSWERED("unanswered"),
        /** Split, and every public item answered. */
        ANSWERED("answered");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public enum Sort {
        RECEIVED_DESC("received-desc"),
        RECEIVED_ASC("received-asc"),
        RECEIPT("receipt");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * What to show. words are the query cut into content words (all must occur in the opinion text);
     * receipt is the query as a receipt number fragment (it matches on its own). Both are null or empty
     * when nothing is searched for.
     */
    public record Query(List<String> words, String receipt, State state, Channel channel, String section,
                        SubmitterAttribute attribute, Sort sort, int page, int size) {

        public boolean searches() {
            return receipt != null;
        }
    }

    /** A submission with how many items were taken out of it and how many of those still wait for an answer. */
    public record Entry(Submission submission, long items, long unanswered) {
    }

    private SubmissionQueue() {
    }

    /**
     * Reads the query parameters as a moderator's client sends them; every one that is wrong is named
     * in one 400 answer. Whether section is a key of the consultation's outline is checked by the caller,
     * who has the consultation.
     */
    public static Query query(String q, String state, String channel, String section, String attribute, String sort,
                              String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.codePointCount(0, text.length()) > MAX_QUERY_LENGTH) {
            errors.add(new FieldError("q", "q: 検索語は" + MAX_QUERY_LENGTH + "文字以内で入力してください / at most " + MAX_QUERY_LENGTH + " characters"));
        }
        State s = code("state", state, State.values(), State::code, "状態", errors);
        Channel c = code("channel", channel, Channel.values(), Channel::code, "受付方法", errors);
        SubmitterAttribute a = code("attribute", attribute, SubmitterAttribute.values(), SubmitterAttribute::code,
                "提出者の区分", errors);
        Sort o = Optional.ofNullable(code("sort", sort, Sort.values(), Sort::code, "並べ順", errors))
                .orElse(Sort.RECEIVED_DESC);
        int p = number("page", page, 0, errors);
        int n = number("size", size, DEFAULT_SIZE, errors);
        errors.addAll(Page.errors(p, n));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String key = section == null || section.isBlank() ? null : section.strip();
        return text.isEmpty()
                ? new Query(List.of(), null, s, c, key, a, o, p, n)
                : new Query(SearchText.words(text), SearchText.normalize(text).toUpperCase(Locale.ROOT), s, c, key, a, o, p, n);
    }

    private static <T> T code(String name, String value, T[] values, Function<T, String> codeOf, String what,
                              List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<T> found = Arrays.stream(values).filter(v -> codeOf.apply(v).equals(value.strip())).findFirst();
        if (found.isEmpty()) {
            errors.add(new FieldError(name, FieldMessages.oneOf(name, what, Arrays.stream(values).map(codeOf).toList())));
        }
        return found.orElse(null);
    }

    private static int number(String name, String value, int absent, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, name + ": 数を指定してください / " + name + " must be a number"));
            return absent;
        }
    }
}
