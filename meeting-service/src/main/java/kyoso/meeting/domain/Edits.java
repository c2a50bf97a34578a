package kyoso.meeting.domain;

import java.time.LocalDate;
import java.util.Map;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.time.JapaneseCalendar;

/** Checks every editor makes the same way: optimistic locking, dates in order, dates in their 年度. */
final class Edits {

    private Edits() {
    }

    /** An update must say which version it was based on; a stale one is a 409 carrying the current version. */
    static void expectVersion(Integer sent, int current, String what) {
        if (sent == null) {
            throw ProblemException.invalid("lockVersion", "lockVersion: 読み込んだ時点の lockVersion を送ってください / send the lockVersion you read");
        }
        if (sent != current) {
            throw ProblemException.conflict("この" + what + "は他の担当者が更新しました。再読み込みしてください。 / The " + what
                    + " was changed by someone else (lockVersion " + current + ").", Map.of("lockVersion", current));
        }
    }

    static void inOrder(LocalDate start, LocalDate end, String endField) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid(endField, endField + ": 開始日以降の日付を入力してください / must not be before the start");
        }
    }

    static void inFiscalYear(LocalDate date, int fiscalYear, String field) {
        if (date != null && JapaneseCalendar.fiscalYearOf(date) != fiscalYear) {
            throw ProblemException.invalid(field, field + ": " + JapaneseCalendar.fiscalYearLabel(fiscalYear)
                    + "(" + fiscalYear + "年4月〜" + (fiscalYear + 1) + "年3月)の日付を入力してください / must fall in fiscal year " + fiscalYear);
        }
    }

    static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
