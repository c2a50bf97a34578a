package kyoso.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Whether a KPI is on track (成果検証: anyone must be able to see it). The expected value of a year
 * lies on the straight line from the baseline to the target; a KPI whose target is below its
 * baseline (fewer waiting days, less paper) is on track when the actual is at or below that line.
 */
public final class KpiAssessment {

    public enum Status {
        /** The target is reached. */
        ACHIEVED,
        /** At or beyond the expected value for that year. */
        ON_TRACK,
        /** Short of the expected value for that year, or the target year passed unreached. */
        BEHIND,
        /** Nothing recorded yet. */
        NO_DATA,
        /** No baseline to draw the line from, and the target year has not come. */
        NOT_ASSESSABLE
    }

    public record Assessment(Status status, BigDecimal expected) {
    }

    private KpiAssessment() {
    }

    public static Assessment assess(Kpi kpi, KpiProgress progress) {
        if (progress == null) {
            return new Assessment(Status.NO_DATA, null);
        }
        boolean decreasing = kpi.baselineValue != null && kpi.targetValue.compareTo(kpi.baselineValue) < 0;
        BigDecimal actual = progress.actualValue;
        if (reached(actual, kpi.targetValue, decreasing)) {
            return new Assessment(Status.ACHIEVED, expected(kpi, progress.fiscalYear));
        }
        BigDecimal expected = expected(kpi, progress.fiscalYear);
        if (expected == null) {
            return new Assessment(progress.fiscalYear >= kpi.targetFiscalYear ? Status.BEHIND : Status.NOT_ASSESSABLE,
                    null);
        }
        return new Assessment(reached(actual, expected, decreasing) ? Status.ON_TRACK : Status.BEHIND, expected);
    }

    /** A measure's status from its KPIs' latest: one KPI behind makes the measure behind. */
    public static Status overall(java.util.List<Status> statuses) {
        if (statuses.contains(Status.BEHIND)) {
            return Status.BEHIND;
        }
        if (statuses.contains(Status.ON_TRACK)) {
            return Status.ON_TRACK;
        }
        if (!statuses.isEmpty() && statuses.stream().allMatch(s -> s == Status.ACHIEVED)) {
            return Status.ACHIEVED;
        }
        return statuses.contains(Status.NOT_ASSESSABLE) ? Status.NOT_ASSESSABLE : Status.NO_DATA;
    }

    /** The value the straight line from baseline to target gives for a year; null without a baseline. */
    static BigDecimal expected(Kpi kpi, int fiscalYear) {
        if (kpi.baselineValue == null || kpi.baselineFiscalYear == null) {
            return null;
        }
        int span = kpi.targetFiscalYear - kpi.baselineFiscalYear;
        if (span <= 0 || fiscalYear >= kpi.targetFiscalYear) {
            return kpi.targetValue;
        }
        int elapsed = Math.max(0, fiscalYear - kpi.baselineFiscalYear);
        BigDecimal step = kpi.targetValue.subtract(kpi.baselineValue)
                .multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(span), MathContext.DECIMAL64);
        return kpi.baselineValue.add(step).setScale(4, RoundingMode.HALF_UP);
    }

    private static boolean reached(BigDecimal actual, BigDecimal goal, boolean decreasing) {
        int c = actual.compareTo(goal);
        return decreasing ? c <= 0 : c >= 0;
    }
}
