package kyoso.comment.domain;

import java.time.Instant;

/** Where a submission stands, as its submitter sees it with receipt and check code. */
public enum SubmissionProgress {
    RECEIVED("received", "受付済み"),
    IN_REVIEW("in-review", "意見を整理しています"),
    PUBLISHED("published", "結果を公表しました");

    private final String code;
    private final String label;

    SubmissionProgress(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static SubmissionProgress of(Submission s, Consultation c, Instant now) {
        ConsultationStatus state = c.effectiveStatus(now);
        if (state == ConsultationStatus.PUBLISHED || state == ConsultationStatus.ARCHIVED) {
            return PUBLISHED;
        }
        if (state == ConsultationStatus.ANSWERING || OpinionItem.count("submissionId", s.id) > 0) {
            return IN_REVIEW;
        }
        return RECEIVED;
    }
}
