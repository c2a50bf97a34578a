package kyoso.plan.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.FiscalYear;
import kyoso.plan.domain.BasicPolicy;
import kyoso.plan.domain.Plan;
import kyoso.plan.domain.PlanService.VersionTree;
import kyoso.plan.domain.PlanVersion;
import kyoso.plan.domain.SectionNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the public API shows of plans. Records at the edge; entities never leave the service. */
public final class PlanDtos {

    private PlanDtos() {
    }

    @Schema(name = "Period", description = "計画期間: first and last fiscal year (年度) with 和暦 labels")
    public record Period(FiscalYear start, FiscalYear end, int years,
                         @Schema(description = "Why the period is what it is, e.g. 未来共創計画の「充実期」に同じ") String note) {
        static Period of(Plan plan) {
            return new Period(FiscalYear.of(plan.periodStartFiscalYear), FiscalYear.of(plan.periodEndFiscalYear),
                    plan.periodEndFiscalYear - plan.periodStartFiscalYear + 1, plan.periodNote);
        }
    }

    @Schema(name = "PlanSummary")
    public record PlanSummary(String code, String name, String nameEn,
                              @Schema(description = "true while the name is still a proposal ((案))") boolean nameProposed,
                              @Schema(description = "current, draft or superseded") String status,
                              Period period,
                              @Schema(description = "Code of the plan this one succeeds") String predecessor,
                              @Schema(description = "策定年度") FiscalYear adoptedFiscalYear,
                              @Schema(description = "Code of the master plan it aligns with (GET /api/v1/master-plans)") String masterPlan) {
        static PlanSummary of(Plan plan) {
            return new PlanSummary(plan.code, plan.name, plan.nameEn, plan.nameProposed, plan.status, Period.of(plan),
                    plan.predecessor == null ? null : plan.predecessor.code,
                    plan.adoptedFiscalYear == null ? null : FiscalYear.of(plan.adoptedFiscalYear), plan.masterPlanCode);
        }
    }

    @Schema(name = "VersionSummary")
    public record VersionSummary(String code, String label,
                                 @Schema(description = "draft (editable) or published (immutable)") String status,
                                 DateLabel dated, OffsetDateTime publishedAt,
                                 @Schema(description = "Version this draft was created from, as plan:version") String basedOn) {
        static VersionSummary of(PlanVersion version) {
            return new VersionSummary(version.code, version.label, version.status, DateLabel.of(version.dated),
                    version.publishedAt, version.basedOn == null ? null
                            : version.basedOn.plan.code + ":" + version.basedOn.code);
        }
    }

    @Schema(name = "Rationale", description = "A point of the plan's rationale and the nodes it concerns")
    public record Rationale(List<String> items, List<String> nodeKeys) {
        static Rationale of(List<String> items, List<String> nodeKeys) {
            return items == null ? null : new Rationale(items, nodeKeys == null ? List.of() : nodeKeys);
        }
    }

    @Schema(name = "PlanDetail")
    public record PlanDetail(String code, String name, String nameEn, boolean nameProposed, String status,
                             Period period, String predecessor, FiscalYear adoptedFiscalYear, String masterPlan,
                             @Schema(description = "基本的考え方") String basicApproach,
                             @Schema(description = "The council's decision on each part (第1回会議での議論)") List<String> draftingDecisions,
                             @Schema(description = "【背景】 why this plan") List<String> background,
                             @Schema(description = "現行プランからの継続性") Rationale continuity,
                             @Schema(description = "未来共創計画との整合性") Rationale consistency,
                             List<VersionSummary> versions) {
        static PlanDetail of(Plan plan, List<PlanVersion> versions) {
            var s = PlanSummary.of(plan);
            return new PlanDetail(s.code(), s.name(), s.nameEn(), s.nameProposed(), s.status(), s.period(),
                    s.predecessor(), s.adoptedFiscalYear(), s.masterPlan(), plan.basicApproach,
                    plan.draftingDecisions == null ? List.of() : plan.draftingDecisions,
                    plan.background == null ? List.of() : plan.background,
                    Rationale.of(plan.continuity, plan.continuityKeys),
                    Rationale.of(plan.consistency, plan.consistencyKeys),
                    versions.stream().map(VersionSummary::of).toList());
        }
    }

    @Schema(name = "BasicPolicyRef", description = "The master plan basic policy (基本方針) a node realises")
    public record BasicPolicyRef(String masterPlan, int number, String title, String theme) {
        static BasicPolicyRef of(BasicPolicy p) {
            return p == null ? null : new BasicPolicyRef(p.masterPlan.code, p.number, p.title, p.theme);
        }
    }

    @Schema(name = "SourceMarking", description = "Text the source document marks, e.g. in red, with its note (赤字部分追加)")
    public record SourceMarking(String text, String note) {
        static SourceMarking of(SectionNode n) {
            return n.sourceMarked == null ? null : new SourceMarking(n.sourceMarked, n.sourceNote);
        }
    }

    @Schema(name = "SectionNode", description = "A node of the section tree; key is stable across versions")
    public record Node(long id, String key,
                       @Schema(description = "BASIC_PHILOSOPHY, GUIDELINES, GUIDELINE, POLICY, BASIC_POLICY_REF, DIRECTIONS, GENERAL, STAGE, PERSPECTIVES, PERSPECTIVE, FIELDS, FIELD, EXAMPLE, MEASURE, TARGET, TARGET_ITEM")
                       String kind, String number, String title, String subtitle,
                       String body, int order, int lockVersion, BasicPolicyRef alignment, SourceMarking marking,
                       List<Node> children) {
    }

    @Schema(name = "VersionTree", description = "A plan version with its whole section tree")
    public record Tree(PlanSummary plan, VersionSummary version, List<Node> nodes) {

        /** Nests the flat, ordered node list under their parents, keeping sibling order. */
        static Tree of(VersionTree tree) {
            Map<Long, List<SectionNode>> childrenOf = new HashMap<>();
            for (SectionNode n : tree.nodes()) {
                childrenOf.computeIfAbsent(n.parentId == null ? 0L : n.parentId, k -> new ArrayList<>()).add(n);
            }
            return new Tree(PlanSummary.of(tree.plan()), VersionSummary.of(tree.version()),
                    nest(0L, childrenOf, tree.basicPolicies()));
        }

        private static List<Node> nest(long parentId, Map<Long, List<SectionNode>> childrenOf,
                                       Map<Integer, BasicPolicy> policies) {
            return childrenOf.getOrDefault(parentId, List.of()).stream()
                    .map(n -> node(n, policies, nest(n.id, childrenOf, policies)))
                    .toList();
        }
    }

    static Node node(SectionNode n, Map<Integer, BasicPolicy> policies, List<Node> children) {
        return new Node(n.id, n.key, n.kind, n.number, n.title, n.subtitle, n.body, n.sortOrder, n.lockVersion,
                n.alignedBasicPolicy == null ? null : BasicPolicyRef.of(policies.get(n.alignedBasicPolicy)),
                SourceMarking.of(n), children);
    }
}
