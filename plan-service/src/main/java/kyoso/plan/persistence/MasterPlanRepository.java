package kyoso.plan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kyoso.plan.domain.BasicPolicy;
import kyoso.plan.domain.CrossCuttingPerspective;
import kyoso.plan.domain.MasterPlan;
import kyoso.plan.domain.MasterPlanPhase;

/** Queries over the master plan reference data. */
@ApplicationScoped
public class MasterPlanRepository {

    public List<MasterPlan> list() {
        return MasterPlan.list("order by id");
    }

    public Optional<MasterPlan> find(String code) {
        return MasterPlan.find("code", code).firstResultOptional();
    }

    public List<BasicPolicy> basicPolicies(String masterPlanCode) {
        return BasicPolicy.list("select b from BasicPolicy b join fetch b.masterPlan m where m.code = ?1 order by b.number",
                masterPlanCode);
    }

    public List<MasterPlanPhase> phases(MasterPlan plan) {
        return MasterPlanPhase.list("masterPlan", Sort.by("startFiscalYear").and("id"), plan);
    }

    public List<CrossCuttingPerspective> perspectives(MasterPlan plan) {
        return CrossCuttingPerspective.list("masterPlan", Sort.by("sortOrder").and("id"), plan);
    }
}
