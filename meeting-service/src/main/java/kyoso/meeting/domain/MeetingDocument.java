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

/** A document (資料) of a meeting, optionally belonging to one agenda item. */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    @Column(name = "agenda_item_id")
    public Long agendaItemId;

    @Column(nullable = false)
    public String title;

    /** agenda (次第), roster (名簿), report, material, schedule, minutes, other. */
    @Column(nullable = false)
    public String kind;

    public String url;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
