package kyoso.comment.domain;

/** Limits of a submission, documented in the API (SubmissionRules) and enforced on input. */
public final class Submissions {

    /** 意見の最大文字数 (characters as a person counts them: code points). */
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_SECTIONS = 20;

    private Submissions() {
    }
}
