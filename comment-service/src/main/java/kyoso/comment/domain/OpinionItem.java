package kyoso.comment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 意見の要旨: one point a moderator took out of a submission, with the city's answer to it. */
@Entity
@Table(name = "opinion_item")
public class OpinionItem extends PanacheEntityBase {

    /**
     * An item of alias i still waits for the city's answer: it is public and lacks the answer or its
     * category. The same words in JPQL and SQL, so publishing and the moderators' queue count alike.
     */
    public static final String UNANSWERED = "i.hidden = false and (i.answer is null or i.category is null)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consultation_id", nullable = false)
    public Long consultationId;

    @Column(name = "submission_id", nullable = false)
    public Long submissionId;

    @Column(name = "section_key")
    public String sectionKey;

    /** The published gist; what citizens read. */
    @Column(nullable = false)
    public String summary;

    /** Hidden items (e.g. withdrawn, or not an opinion on the draft) never appear in any result or export. */
    @Column(nullable = false)
    public boolean hidden;

    @Column(name = "hidden_reason")
    public String hiddenReason;

    public String answer;

    public String category;

    @Column(name = "plan_change")
    public String planChange;

    /** Gist, answer and change, NFKC-normalized and lower-cased: what search compares against. */
    @Column(name = "search_text")
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public int version;
}
