package kyoso.kit.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The city's calendar: Asia/Tokyo, fiscal years (年度) from April to March, and 和暦 labels.
 * The JDK writes "令和1年"; official documents write 元年, so year 1 is replaced here.
 */
public final class JapaneseCalendar {

    public static final ZoneId CITY_ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN)
            .withChronology(JapaneseChronology.INSTANCE);

    private JapaneseCalendar() {
    }

    /** 年度 of a date: April 2025 – March 2026 is fiscal year 2025. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public static int fiscalYearOf(Instant instant) {
        return fiscalYearOf(LocalDate.ofInstant(instant, CITY_ZONE));
    }

    /** 2026 → 令和8年度. The era is the one in force on the first day of the fiscal year. */
    public static String fiscalYearLabel(int fiscalYear) {
        JapaneseDate start = JapaneseDate.from(LocalDate.of(fiscalYear, 4, 1));
        return eraName(start) + eraYear(start) + "年度";
    }

    /** 2025-10-29 → 令和7年10月29日. */
    public static String dateLabel(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        return eraName(jd) + eraYear(jd) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2025-10-29 → 令和7年10月29日(水). */
    public static String dateLabelWithWeekday(LocalDate date) {
        String weekday = date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPAN);
        return dateLabel(date) + "(" + weekday + ")";
    }

    private static String eraName(JapaneseDate date) {
        return ERA.format(date);
    }

    private static String eraYear(JapaneseDate date) {
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return year == 1 ? "元" : Integer.toString(year);
    }

    /** The era of a date, e.g. for grouping. */
    public static JapaneseEra eraOf(LocalDate date) {
        return JapaneseDate.from(date).getEra();
    }
}
