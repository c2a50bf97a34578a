package kyoso.plan.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyoso.plan.persistence.MasterPlanRepository;

/** Reads the master plan (未来共創計画) reference data. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MasterPlanService {

    private final MasterPlanRepository repository;

    MasterPlanService(MasterPlanRepository repository) {
        this.repository = repository;
    }

    public List<MasterPlanView> list() {
        return repository.list().stream().map(this::view).toList();
    }

    public Optional<MasterPlanView> get(String code) {
        return repository.find(code).map(this::view);
    }

    /** Basic policies of a master plan by number; empty when the plan names no master plan. */
    public Map<Integer, BasicPolicy> basicPolicies(String masterPlanCode) {
        if (masterPlanCode == null) {
            return Map.of();
        }
        return repository.basicPolicies(masterPlanCode).stream()
                .collect(Collectors.toMap(p -> p.number, Function.identity()));
    }

    private MasterPlanView view(MasterPlan plan) {
        return new MasterPlanView(plan, repository.phases(plan), repository.basicPolicies(plan.code),
                repository.perspectives(plan));
    }

    public record MasterPlanView(MasterPlan plan, List<MasterPlanPhase> phases, List<BasicPolicy> basicPolicies,
                                 List<CrossCuttingPerspective> perspectives) {
    }
}
