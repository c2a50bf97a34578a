package kyoso.plan.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.plan.domain.Plan;
import kyoso.plan.domain.PlanVersion;
import kyoso.plan.domain.SectionNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of plans. Records at the edge; entities never leave the service. */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "Period", description = "計画期間: first and last fiscal year (年度) with 和暦 labels")
    public record Period(FiscalYear start, FiscalYear end, int years) {
        static Period of(Plan plan) {
            return new Period(FiscalYear.of(plan.periodStartFiscalYear), FiscalYear.of(plan.periodEndFiscalYear),
                    plan.periodEndFiscalYear - plan.periodStartFiscalYear + 1);
        }
    }

    @Schema(name = "PlanSummary")
    public record PlanSummary(String code, String name, String nameEn, String status, Period period,
                              String predecessor) {
        static PlanSummary of(Plan plan) {
            return new PlanSummary(plan.code, plan.name, plan.nameEn, plan.status, Period.of(plan),
                    plan.predecessor == null ? null : plan.predecessor.code);
        }
    }

    @Schema(name = "VersionSummary")
    public record VersionSummary(String code, String label, String status, DateLabel dated,
                                 OffsetDateTime publishedAt) {
        static VersionSummary of(PlanVersion version) {
            return new VersionSummary(version.code, version.label, version.status, DateLabel.of(version.dated),
                    version.publishedAt);
        }
    }

    @Schema(name = "PlanDetail")
    public record PlanDetail(String code, String name, String nameEn, String status, Period period,
                             String predecessor, List<VersionSummary> versions) {
        static PlanDetail of(Plan plan, List<PlanVersion> versions) {
            return new PlanDetail(plan.code, plan.name, plan.nameEn, plan.status, Period.of(plan),
                    plan.predecessor == null ? null : plan.predecessor.code,
                    versions.stream().map(VersionSummary::of).toList());
        }
    }

    @Schema(name = "SectionNode", description = "A node of the section tree; key is stable across versions")
    public record Node(long id, String key, String kind, String number, String title, String subtitle,
                       String body, int order, int lockVersion, List<Node> children) {
    }

    @Schema(name = "VersionTree", description = "A plan version with its whole section tree")
    public record Tree(PlanSummary plan, VersionSummary version, List<Node> nodes) {

        /** Nests the flat, ordered node list under their parents, keeping sibling order. */
        static Tree of(Plan plan, PlanVersion version, List<SectionNode> flat) {
            Map<Long, List<SectionNode>> childrenOf = new HashMap<>();
            for (SectionNode n : flat) {
                childrenOf.computeIfAbsent(n.parentId == null ? 0L : n.parentId, k -> new ArrayList<>()).add(n);
            }
            return new Tree(PlanSummary.of(plan), VersionSummary.of(version), nest(0L, childrenOf));
        }

        private static List<Node> nest(long parentId, Map<Long, List<SectionNode>> childrenOf) {
            return childrenOf.getOrDefault(parentId, List.of()).stream()
                    .map(n -> new Node(n.id, n.key, n.kind, n.number, n.title, n.subtitle, n.body, n.sortOrder,
                            n.lockVersion, nest(n.id, childrenOf)))
                    .toList();
        }
    }
}
