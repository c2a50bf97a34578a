package kyoso.plan.api;

import java.util.List;
import kyoso.kit.time.FiscalYear;
import kyoso.plan.domain.BasicPolicy;
import kyoso.plan.domain.CrossCuttingPerspective;
import kyoso.plan.domain.MasterPlanPhase;
import kyoso.plan.domain.MasterPlanService.MasterPlanView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of the master plan (未来共創計画). */
public final class MasterPlanDtos {

    private MasterPlanDtos() {
    }

    @Schema(name = "MasterPlanPhase", description = "A phase of the master plan, e.g. 充実期 (令和8〜11年度)")
    public record Phase(String name, FiscalYear start, FiscalYear end) {
        static Phase of(MasterPlanPhase p) {
            return new Phase(p.name, p.startFiscalYear == null ? null : FiscalYear.of(p.startFiscalYear),
                    p.endFiscalYear == null ? null : FiscalYear.of(p.endFiscalYear));
        }
    }

    @Schema(name = "BasicPolicy", description = "基本方針: number, the city it aims at, and its theme (～魅力づくり～)")
    public record Policy(int number, String title, String theme) {
        static Policy of(BasicPolicy p) {
            return new Policy(p.number, p.title, p.theme);
        }
    }

    @Schema(name = "CrossCuttingPerspective", description = "横断的視点")
    public record Perspective(String title) {
        static Perspective of(CrossCuttingPerspective p) {
            return new Perspective(p.title);
        }
    }

    @Schema(name = "MasterPlan", description = "The city's master plan with its basic policies and cross-cutting perspectives")
    public record MasterPlan(String code, String name, List<Phase> phases, List<Policy> basicPolicies,
                             List<Perspective> crossCuttingPerspectives) {
        static MasterPlan of(MasterPlanView v) {
            return new MasterPlan(v.plan().code, v.plan().name, v.phases().stream().map(Phase::of).toList(),
                    v.basicPolicies().stream().map(Policy::of).toList(),
                    v.perspectives().stream().map(Perspective::of).toList());
        }
    }
}
