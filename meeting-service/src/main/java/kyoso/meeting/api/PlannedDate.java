package kyoso.meeting.api;

import java.time.LocalDate;
import kyoso.kit.time.DateLabel;
import kyoso.kit.time.JapaneseCalendar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A planned date as the API shows it: ISO value, how much of it is meant, and the 和暦 label. */
@Schema(name = "PlannedDate", description = "A date known to the day (令和7年10月29日(水)), the month (令和8年1月) or only the fiscal year (令和7年度内)")
public record PlannedDate(LocalDate date, String precision, String label) {

    public static final String DAY = "day";
    public static final String MONTH = "month";
    public static final String FISCAL_YEAR = "fiscal-year";

    public static PlannedDate of(LocalDate date, String precision) {
        if (date == null) {
            return null;
        }
        String label = switch (precision) {
            case MONTH -> {
                String day = JapaneseCalendar.dateLabel(date);
                yield day.substring(0, day.indexOf('月') + 1);
            }
            case FISCAL_YEAR -> JapaneseCalendar.fiscalYearLabel(JapaneseCalendar.fiscalYearOf(date)) + "内";
            default -> DateLabel.of(date).label();
        };
        return new PlannedDate(date, precision, label);
    }
}
