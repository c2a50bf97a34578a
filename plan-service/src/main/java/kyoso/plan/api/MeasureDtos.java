package kyoso.plan.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import kyoso.kit.time.FiscalYear;
import kyoso.plan.domain.Kpi;
import kyoso.plan.domain.MeasureService.KpiFields;
import kyoso.plan.domain.MeasureService.KpiView;
import kyoso.plan.domain.MeasureService.MeasureFields;
import kyoso.plan.domain.MeasureService.MeasureView;
import kyoso.plan.domain.MeasureService.ProgressView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows and accepts of measures, KPIs and progress. */
public final class MeasureDtos {

    private MeasureDtos() {
    }

    static final String STATUS_DESCRIPTION = "achieved (目標達成), on-track (順調), behind (遅れ), no-data (実績なし), "
            + "not-assessable (基準値がなく判定できない); computed from the straight line from baseline to target";

    @Schema(name = "KpiValue", description = "A value in a fiscal year (基準値 or 目標値)")
    public record YearValue(BigDecimal value, FiscalYear fiscalYear) {
    }

    @Schema(name = "KpiProgress", description = "The actual value (実績) of one fiscal year and whether it is on track")
    public record Progress(FiscalYear fiscalYear, BigDecimal actual,
                           @Schema(description = "The value expected in that year on the way to the target") BigDecimal expected,
                           @Schema(enumeration = {"achieved", "on-track", "behind", "no-data", "not-assessable"},
                                   description = STATUS_DESCRIPTION) String status,
                           String note, OffsetDateTime recordedAt, int lockVersion) {
        static Progress of(ProgressView v) {
            return new Progress(FiscalYear.of(v.progress().fiscalYear), plain(v.progress().actualValue),
                    plain(v.assessment().expected()), statusLabel(v.assessment().status()), v.progress().note,
                    v.progress().recordedAt, v.progress().lockVersion);
        }
    }

    @Schema(name = "Kpi", description = "A KPI (指標) with its yearly progress")
    public record KpiDto(long id, String name, String unit, YearValue baseline, YearValue target,
                         @Schema(enumeration = {"achieved", "on-track", "behind", "no-data", "not-assessable"},
                                 description = "Status of the latest year. " + STATUS_DESCRIPTION) String status,
                         int order, int lockVersion, List<Progress> progress) {
        static KpiDto of(KpiView v) {
            Kpi k = v.kpi();
            return new KpiDto(k.id, k.name, k.unit,
                    k.baselineValue == null ? null : new YearValue(plain(k.baselineValue), FiscalYear.of(k.baselineFiscalYear)),
                    new YearValue(plain(k.targetValue), FiscalYear.of(k.targetFiscalYear)),
                    statusLabel(v.latest().status()), k.sortOrder, k.lockVersion,
                    v.progress().stream().map(Progress::of).toList());
        }
    }

    @Schema(name = "Measure", description = "A measure (施策) with its owning department, KPIs and progress")
    public record MeasureDto(long id,
                             @Schema(description = "Code of the plan") String plan,
                             @Schema(description = "Key of the tree node the measure is listed under") String nodeKey,
                             String title, String description,
                             @Schema(description = "担当課; null where the source names none") String department,
                             @Schema(enumeration = {"achieved", "on-track", "behind", "no-data", "not-assessable"},
                                     description = "The weakest of its KPIs. " + STATUS_DESCRIPTION) String status,
                             int order, int lockVersion, List<KpiDto> kpis) {
        static MeasureDto of(MeasureView v) {
            var m = v.measure();
            return new MeasureDto(m.id, m.plan.code, m.nodeKey, m.title, m.description, m.department,
                    statusLabel(v.status()), m.sortOrder, m.lockVersion, v.kpis().stream().map(KpiDto::of).toList());
        }
    }

    /** Values are stored with four decimals; 250.0000 reads as 250, 12.5000 as 12.5. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String statusLabel(Enum<?> status) {
        return status.name().toLowerCase().replace('_', '-');
    }

    @Schema(name = "MeasureInput")
    public record MeasureInput(
            @Schema(description = "Plan code; used when creating") @Size(max = 80) String plan,
            @NotBlank(message = "施策名を入力してください / enter the measure's title") @Size(max = 300, message = InputMessages.AT_MOST_300) String title,
            String description,
            @Size(max = 200, message = InputMessages.AT_MOST_200) String department,
            @Size(max = 120) String nodeKey,
            Integer order,
            @Schema(description = "Required when updating: the lockVersion last read") Integer lockVersion) {
        MeasureFields fields() {
            return new MeasureFields(title, description, department, nodeKey, order);
        }
    }

    @Schema(name = "KpiInput")
    public record KpiInput(
            @NotBlank(message = "指標名を入力してください / enter the indicator's name") @Size(max = 300) String name,
            @NotBlank(message = "単位を入力してください / enter the unit") @Size(max = 40) String unit,
            BigDecimal baselineValue,
            @Min(value = 2000, message = InputMessages.FISCAL_YEAR_FROM) @Max(value = 2100, message = InputMessages.FISCAL_YEAR_UNTIL) Integer baselineFiscalYear,
            @NotNull(message = "目標値を入力してください / enter the target value") BigDecimal targetValue,
            @NotNull(message = "目標年度を入力してください / enter the target fiscal year") @Min(value = 2000, message = InputMessages.FISCAL_YEAR_FROM) @Max(value = 2100, message = InputMessages.FISCAL_YEAR_UNTIL) Integer targetFiscalYear,
            Integer order,
            @Schema(description = "Required when updating: the lockVersion last read") Integer lockVersion) {
        KpiFields fields() {
            return new KpiFields(name, unit, baselineValue, baselineFiscalYear, targetValue, targetFiscalYear, order);
        }
    }

    @Schema(name = "ProgressInput")
    public record ProgressInput(
            @NotNull(message = "実績値を入力してください / enter the actual value") BigDecimal actual,
            @Size(max = 2000, message = "2000文字以内で入力してください / at most 2000 characters") String note,
            @Schema(description = "Required when correcting a year already recorded") Integer lockVersion) {
    }
}
