package kyoso.comment.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kyoso.comment.domain.Consultation;
import kyoso.comment.domain.ConsultationTransition;
import org.hibernate.jpa.HibernateHints;

/** Queries over consultations and their recorded transitions. */
@ApplicationScoped
public class ConsultationRepository {

    private final EntityManager em;
    /** Detached consultations for the intake, by code; see {@link #findForIntake}. */
    private final Map<String, Consultation> intake = new ConcurrentHashMap<>();

    ConsultationRepository(EntityManager em) {
        this.em = em;
    }

    /** Newest first: the consultation a citizen is looking for is usually the latest. */
    public List<Consultation> list() {
        return Consultation.list("order by opensAt desc nulls last, id desc");
    }

    public Optional<Consultation> find(String code) {
        return Consultation.find("code", code).firstResultOptional();
    }

    /**
     * The consultation as the opinion intake reads it, on every submission: detached and read-only.
     * Hydrating the entity (its outline is JSON) and dirty-checking it at commit cost more than the
     * insert itself, so the parsed entity is kept and reused while its version in the database is
     * unchanged. Every change to a consultation goes through the entity and raises that version; the
     * check is one indexed read in the submission's own transaction, so no instance ever accepts
     * against a state that another instance has already changed.
     */
    public Optional<Consultation> findForIntake(String code) {
        Optional<Integer> version = em.createQuery("select c.version from Consultation c where c.code = :code", Integer.class)
                .setParameter("code", code).getResultStream().findFirst();
        if (version.isEmpty()) {
            intake.remove(code);
            return Optional.empty();
        }
        Consultation known = intake.get(code);
        if (known != null && known.version == version.get()) {
            return Optional.of(known);
        }
        Optional<Consultation> loaded = Consultation.find("code", code).withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional();
        loaded.ifPresent(c -> {
            em.detach(c);
            intake.put(code, c);
        });
        return loaded;
    }

    /**
     * The consultation as {@link #findForIntake} last read it, without asking the database: the group
     * commit checks the version in its own statement, and a stale one sends the opinion back to
     * {@link #findForIntake}.
     */
    public Optional<Consultation> lastReadForIntake(String code) {
        return Optional.ofNullable(intake.get(code));
    }

    public List<ConsultationTransition> transitions(Consultation consultation) {
        return ConsultationTransition.list("consultationId", Sort.by("at").and("id"), consultation.id);
    }
}
