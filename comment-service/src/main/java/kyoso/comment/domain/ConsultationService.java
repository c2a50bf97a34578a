package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import kyoso.comment.persistence.ConsultationRepository;
import kyoso.kit.problem.ProblemException;

/** Reading consultations. Read-only: public reads never write. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsultationService {

    private final ConsultationRepository repository;

    ConsultationService(ConsultationRepository repository) {
        this.repository = repository;
    }

    /**
     * A draft is a moderator's work in progress (its dates and wording may still change): the public sees
     * a consultation from the moment it is scheduled. Staff who prepare it see drafts too.
     */
    public List<Consultation> list(boolean withDrafts) {
        return repository.list().stream().filter(c -> withDrafts || c.status != ConsultationStatus.DRAFT).toList();
    }

    public Consultation get(String code, boolean withDrafts) {
        return repository.find(code).filter(c -> withDrafts || c.status != ConsultationStatus.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("consultation", code));
    }

    public List<ConsultationTransition> transitions(Consultation consultation) {
        return repository.transitions(consultation);
    }
}
