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

/** An appointment (選任) of DXアドバイザー from among the staff: date, number, roles, term, each advisor's post. */
@Entity
@Table(name = "advisor_appointment")
public class AdvisorAppointment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String title;

    public String purpose;

    @Column(name = "appointed_on", nullable = false)
    public LocalDate appointedOn;

    @Column(name = "appointed_count", nullable = false)
    public int appointedCount;

    @Column(name = "term_end")
    public LocalDate termEnd;

    @Column(nullable = false)
    public boolean renewable;

    @OneToMany(mappedBy = "appointment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<AdvisorRole> roles = new ArrayList<>();

    @OneToMany(mappedBy = "appointment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    public List<Advisor> advisors = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    /** One role (役割) of the appointment. */
    @Entity
    @Table(name = "advisor_role")
    public static class AdvisorRole extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "appointment_id")
        public AdvisorAppointment appointment;

        @Column(nullable = false)
        public int number;

        @Column(nullable = false)
        public String description;
    }

    /** One advisor, as the city publishes it: department and post, no name. */
    @Entity
    @Table(name = "advisor")
    public static class Advisor extends PanacheEntityBase {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;

        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "appointment_id")
        public AdvisorAppointment appointment;

        @Column(nullable = false)
        public String department;

        @Column(name = "post_title", nullable = false)
        public String postTitle;

        @Column(name = "sort_order", nullable = false)
        public int sortOrder;
    }
}
