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

/**
 * One node of a meeting's agenda (開会, 報告事項, 議事 and its sub-items, 意見交換, 閉会).
 * Links to other services are kept as their public ids (plan key + version key, consultation id),
 * never as foreign keys: those records live in plan-service and comment-service.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Column(name = "parent_id")
    public Long parentId;

    /** opening, reports, report, deliberation, topic, subtopic, exchange, closing, other. */
    @Column(nullable = false)
    public String kind;

    public String number;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "plan_key")
    public String planKey;

    @Column(name = "plan_version_key")
    public String planVersionKey;

    @Column(name = "consultation_id")
    public String consultationId;

    @Column(name = "related_meeting_id")
    public Long relatedMeetingId;

    @Column(name = "advisor_appointment_id")
    public Long advisorAppointmentId;

    @Column(name = "leader_cohort_id")
    public Long leaderCohortId;

    @Column(name = "project_team_id")
    public Long projectTeamId;
}
