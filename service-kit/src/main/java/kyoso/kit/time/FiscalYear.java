package kyoso.kit.time;

/** A fiscal year as the API shows it: the ISO number beside its 和暦 label. */
public record FiscalYear(int year, String label) {

    public static FiscalYear of(int year) {
        return new FiscalYear(year, JapaneseCalendar.fiscalYearLabel(year));
    }
}
