package kyoso.comment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** comment-service settings; each can be overridden by an environment variable (KYOSO_COMMENT_...). */
@ConfigMapping(prefix = "kyoso.comment")
public interface CommentConfig {

    /**
     * Base64 of 32 random bytes: the master key for submitters' personal data (AES-256-GCM) and for
     * the keyed hashes of check codes. Production reads it from KYOSO_PERSONAL_DATA_KEY.
     */
    String personalDataKey();

    /** Days after receipt when a submitter's personal data is deleted for good. */
    @WithDefault("365")
    int personalDataRetentionDays();

    /** How alike two opinions must be (Jaccard over kuromoji tokens, 0..1) to be grouped as near-identical. */
    @WithDefault("0.6")
    double duplicateSimilarity();

    /** 本市の考え方 categories as code:label, in display order, e.g. reflected:反映. */
    java.util.List<String> answerCategories();

    /** The opinion intake's group commit. */
    Intake intake();

    interface Intake {

        /** The most new opinions written in one transaction. */
        @WithDefault("64")
        int maxBatch();

        /**
         * How long a citizen's request waits for its batch's commit before it is answered 503. The opinion
         * may still be stored after that; a retry with the same Idempotency-Key then returns its receipt.
         */
        @WithDefault("20s")
        java.time.Duration commitTimeout();
    }
}
