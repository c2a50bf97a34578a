package kyoso.meeting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An in-house issue (庁内課題) of a project team; it may extend an earlier year's issue (R6課題の機能向上). */
@Entity
@Table(name = "project_issue")
public class ProjectIssue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public ProjectTeam team;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "extends_issue_id")
    public ProjectIssue extendsIssue;

    @Column(name = "extension_note")
    public String extensionNote;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
