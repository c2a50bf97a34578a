package kyoso.comment.domain;

/** Limits of a submission, documented in the API (SubmissionRules) and enforced on input. */
public final class Submissions {

    /** 意見の最大文字数 (characters as a person counts them: code points). */
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_SECTIONS = 20;
    /** The text is too long; a constant, so that Bean Validation can show it too. */
    public static final String TEXT_TOO_LONG = "ご意見は" + MAX_TEXT_LENGTH + "文字以内で入力してください / at most "
            + MAX_TEXT_LENGTH + " characters";

    private Submissions() {
    }
}
