package kyoso.plan.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.persistence.PlanRepository;

/** Reading plans and their versions. Read-only transactions: public reads never write. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanService {

    private final PlanRepository repository;
    private final MasterPlanService masterPlans;

    PlanService(PlanRepository repository, MasterPlanService masterPlans) {
        this.repository = repository;
        this.masterPlans = masterPlans;
    }

    public List<Plan> plans() {
        return repository.listPlans();
    }

    public Optional<Plan> plan(String code) {
        return repository.findPlan(code);
    }

    public List<PlanVersion> versions(Plan plan, boolean includeDrafts) {
        return repository.listVersions(plan).stream().filter(v -> includeDrafts || v.isPublished()).toList();
    }

    public PlanVersion version(String planCode, String versionCode, boolean includeDrafts) {
        Plan plan = repository.findPlan(planCode).orElseThrow(() -> ProblemException.notFound("plan", planCode));
        Optional<PlanVersion> version = "latest".equals(versionCode)
                ? repository.latestPublished(plan)
                : repository.findVersion(plan, versionCode);
        return version.filter(v -> includeDrafts || v.isPublished())
                .orElseThrow(() -> ProblemException.notFound("version", versionCode));
    }

    /**
     * A version's whole tree; "latest" names the latest published version. Drafts are staff work in
     * progress: without includeDrafts they do not exist for the caller.
     */
    public VersionTree tree(String planCode, String versionCode, boolean includeDrafts) {
        PlanVersion found = version(planCode, versionCode, includeDrafts);
        Plan plan = found.plan;
        return new VersionTree(plan, found, repository.listNodes(found),
                masterPlans.basicPolicies(plan.masterPlanCode));
    }

    /**
     * A version with its nodes in tree order (flat; the API edge nests them) and the basic policies
     * of the plan's master plan by number, which give the nodes' alignment its text.
     */
    public record VersionTree(Plan plan, PlanVersion version, List<SectionNode> nodes,
                              Map<Integer, BasicPolicy> basicPolicies) {
    }
}
