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

    public List<Consultation> list() {
        return repository.list();
    }

    public Consultation get(String code) {
        return repository.find(code).orElseThrow(() -> ProblemException.notFound("consultation", code));
    }

    public List<ConsultationTransition> transitions(Consultation consultation) {
        return repository.transitions(consultation);
    }
}
