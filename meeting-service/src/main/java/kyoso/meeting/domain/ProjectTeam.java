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

/** The yearly 庁内DXプロジェクトチーム: period, participants, and the in-house issues (庁内課題) it takes on. */
@Entity
@Table(name = "project_team")
public class ProjectTeam extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public Organization organization;

    @Column(name = "fiscal_year", nullable = false, unique = true)
    public int fiscalYear;

    @Column(nullable = false)
    public String name;

    public String purpose;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "participant_count")
    public Integer participantCount;

    @Column(name = "participants_drawn_from")
    public String participantsDrawnFrom;

    public String note;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<ProjectIssue> issues = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
