package kyoso.plan.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kyoso.plan.domain.Plan;
import kyoso.plan.domain.PlanVersion;
import kyoso.plan.domain.SectionNode;

/** Queries over plans, their versions and section trees. */
@ApplicationScoped
public class PlanRepository {

    /** Versions are shown with the version they were drafted from, also after the session has closed. */
    private static final String WITH_LINEAGE =
            "select v from PlanVersion v left join fetch v.basedOn b left join fetch b.plan ";

    public List<Plan> listPlans() {
        return Plan.list("from Plan p left join fetch p.predecessor order by p.periodStartFiscalYear, p.id");
    }

    public Optional<Plan> findPlan(String code) {
        return Plan.find("select p from Plan p left join fetch p.predecessor where p.code = ?1", code)
                .firstResultOptional();
    }

    public List<PlanVersion> listVersions(Plan plan) {
        return PlanVersion.list(WITH_LINEAGE + "where v.plan = ?1 order by v.id", plan);
    }

    public Optional<PlanVersion> findVersion(Plan plan, String versionCode) {
        return PlanVersion.find(WITH_LINEAGE + "where v.plan = ?1 and v.code = ?2", plan, versionCode)
                .firstResultOptional();
    }

    /** The latest published version, the one a citizen reads when no version is named. */
    public Optional<PlanVersion> latestPublished(Plan plan) {
        return PlanVersion.find(WITH_LINEAGE + "where v.plan = ?1 and v.status = ?2 "
                        + "order by v.publishedAt desc nulls last, v.id desc", plan, PlanVersion.PUBLISHED)
                .firstResultOptional();
    }

    public List<SectionNode> listNodes(PlanVersion version) {
        return SectionNode.list("version", Sort.by("sortOrder").and("id"), version);
    }

    /** Whether any version of the plan has a node with this key (keys are stable across versions). */
    public boolean nodeKeyExists(Plan plan, String key) {
        return SectionNode.count("version.plan = ?1 and key = ?2", plan, key) > 0;
    }

    public Optional<SectionNode> findNode(PlanVersion version, String key) {
        return SectionNode.find("version = ?1 and key = ?2", version, key).firstResultOptional();
    }
}
