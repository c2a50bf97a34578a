package kyoso.comment.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kyoso.comment.domain.Consultation;
import kyoso.comment.domain.ConsultationTransition;

/** Queries over consultations and their recorded transitions. */
@ApplicationScoped
public class ConsultationRepository {

    /** Newest first: the consultation a citizen is looking for is usually the latest. */
    public List<Consultation> list() {
        return Consultation.list("order by opensAt desc nulls last, id desc");
    }

    public Optional<Consultation> find(String code) {
        return Consultation.find("code", code).firstResultOptional();
    }

    public List<ConsultationTransition> transitions(Consultation consultation) {
        return ConsultationTransition.list("consultationId", Sort.by("at").and("id"), consultation.id);
    }
}
