package kyoso.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every fact the council material gives about the plans is in the seeded data. */
@QuarkusTest
class SeedContentTest {

    private static final String OUTLINE = "/api/v1/plans/dx-action-plan-2/versions/outline-2025-10-29/tree";
    private static final String CURRENT = "/api/v1/plans/dx-action-plan/versions/adopted/tree";

    @Test
    void planTwoCarriesItsProposedNameBackgroundPeriodAndPredecessor() {
        given().when().get("/api/v1/plans/dx-action-plan-2")
                .then().statusCode(200)
                .body("name", equalTo("金沢市DXアクションプラン2.0"))
                .body("nameProposed", equalTo(true))
                .body("predecessor", equalTo("dx-action-plan"))
                .body("masterPlan", equalTo("mirai-kyoso"))
                .body("period.note", equalTo("未来共創計画の「充実期」に同じ"))
                .body("background", hasSize(2))
                .body("background[1]", equalTo("「社会浸透」から「社会浸透と社会実装」を目指すものであること"))
                .body("continuity.nodeKeys", contains("basic-philosophy", "guidelines", "perspective-convenience"))
                .body("consistency.nodeKeys", contains("perspective-co-creation", "fields"))
                .body("draftingDecisions", hasSize(4));
        given().when().get("/api/v1/plans/dx-action-plan")
                .then().statusCode(200)
                .body("adoptedFiscalYear.label", equalTo("令和4年度"))
                .body("nameProposed", equalTo(false));
    }

    @Test
    void masterPlanHasFiveBasicPoliciesAndTheDigitalisationPerspective() {
        given().when().get("/api/v1/master-plans")
                .then().statusCode(200)
                .body("[0].name", equalTo("未来共創計画"))
                .body("[0].basicPolicies.theme", contains("魅力づくり", "暮らしづくり", "人づくり", "仕事づくり", "都市づくり"))
                .body("[0].basicPolicies[4].title", equalTo("活力と個性があふれ、安全で持続可能なまち"))
                .body("[0].crossCuttingPerspectives.title", contains("あらゆる分野でのデジタル化の推進"))
                .body("[0].phases[0].name", equalTo("充実期"))
                .body("[0].phases[0].start.label", equalTo("令和8年度"));
        given().when().get("/api/v1/master-plans/nope").then().statusCode(404);
    }

    @Test
    void outlineTreeHasPolicyGeneralPerspectivesAndFiveFieldsWithExamples() {
        given().when().get(OUTLINE).then().statusCode(200)
                .body("nodes.key", contains("basic-philosophy", "guidelines", "policy", "directions"))
                .body("nodes.find { it.key == 'policy' }.children.alignment.theme",
                        contains("魅力づくり", "暮らしづくり", "人づくり", "仕事づくり", "都市づくり"))
                .body("nodes.find { it.key == 'policy' }.marking.note", equalTo("赤字部分追加"))
                .body("nodes.find { it.key == 'directions' }.children.key",
                        contains("directions-general", "perspectives", "fields"))
                .body("nodes.find { it.key == 'directions' }.children[0].children.number", contains("Stage 2", "Stage 3"))
                .body("nodes.find { it.key == 'directions' }.children[1].children.title",
                        contains("全ての人の利便性向上", "共創のための環境整備"))
                .body("nodes.find { it.key == 'directions' }.children[1].children[0].children", hasSize(4))
                .body("nodes.find { it.key == 'directions' }.children[1].children[1].children", hasSize(4))
                .body("nodes.find { it.key == 'directions' }.children[2].children.title",
                        contains("デジタルによる魅力づくり", "デジタルによる暮らしづくり", "デジタルによる人づくり",
                                "デジタルによる仕事づくり", "デジタルによる都市づくり"))
                .body("nodes.find { it.key == 'directions' }.children[2].children.alignment.number", contains(1, 2, 3, 4, 5))
                .body("nodes.find { it.key == 'directions' }.children[2].children.collect { it.children.size() }",
                        contains(3, 3, 3, 3, 4))
                .body("nodes.find { it.key == 'directions' }.children[2].children[4].children[3].body",
                        equalTo("防災・減災の推進、消防・救急体制の充実、除雪管理のデジタル化など"));
    }

    @Test
    void currentPlanHasFourFieldsWithGoalsAndMeasuresAndItsImplementationTargets() {
        given().when().get(CURRENT).then().statusCode(200)
                .body("nodes.key", contains("basic-philosophy", "guidelines", "policy", "directions"))
                .body("nodes.find { it.key == 'policy' }.marking", nullValue())
                .body("nodes.find { it.key == 'directions' }.children[0].children.title",
                        contains("デジタルにより全ての人の利便性向上", "産業", "地域", "文化", "教育"))
                .body("nodes.find { it.key == 'directions' }.children[0].children.subtitle",
                        hasItems("生産性の向上と価値の創造", "住民相互の交流と連帯意識の醸成", "「文化都市 金沢」を推進", "誰もが学び成長"))
                .body("nodes.find { it.key == 'directions' }.children[0].children.collect { it.children.size() }",
                        contains(3, 2, 2, 2, 2))
                .body("nodes.find { it.key == 'directions' }.children[1].title", equalTo("デジタルの社会実装"))
                .body("nodes.find { it.key == 'directions' }.children[1].children.title",
                        contains("一人ひとりに寄り添う", "人と人がつながる", "金沢の魅力が広がる", "まちが持続的に発展する"))
                .body("nodes.find { it.key == 'directions' }.children[1].children[0].children.title",
                        contains("必要な人に必要な案内を提供", "「行かない市役所」「書かない窓口」を実現"));
    }
}
