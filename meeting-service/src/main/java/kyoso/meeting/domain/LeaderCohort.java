package kyoso.meeting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A yearly training cohort of デジタル行政推進リーダー, its result presentations and the running total since it began. */
@Entity
@Table(name = "leader_cohort")
public class LeaderCohort extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "fiscal_year", nullable = false, unique = true)
    public int fiscalYear;

    @Column(name = "program_name", nullable = false)
    public String programName;

    @Column(name = "trainee_count")
    public Integer traineeCount;

    @Column(name = "training_start")
    public LocalDate trainingStart;

    @Column(name = "training_end")
    public LocalDate trainingEnd;

    @Column(name = "presentation_on")
    public LocalDate presentationOn;

    /** The running total as the city reports it (令和3年度以降累計100名), kept as reported rather than summed. */
    @Column(name = "cumulative_since_fy")
    public Integer cumulativeSinceFiscalYear;

    @Column(name = "cumulative_count")
    public Integer cumulativeCount;

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<Presentation> presentations = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    /** One presented result (成果発表). */
    @Entity
    @Table(name = "leader_presentation")
    public static class Presentation extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "cohort_id")
        public LeaderCohort cohort;

        @Column(nullable = false)
        public int number;

        @Column(nullable = false)
        public String title;
    }
}
