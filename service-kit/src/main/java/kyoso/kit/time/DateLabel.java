package kyoso.kit.time;

import java.time.LocalDate;

/** A date as the API shows it: ISO value beside the 和暦 label. */
public record DateLabel(LocalDate date, String label) {

    public static DateLabel of(LocalDate date) {
        return date == null ? null : new DateLabel(date, JapaneseCalendar.dateLabelWithWeekday(date));
    }
}
