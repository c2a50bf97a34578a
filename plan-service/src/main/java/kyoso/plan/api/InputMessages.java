package kyoso.plan.api;

/** Validation messages several request bodies share, as "日本語 / English" (the SPA shows the reader's half). */
final class InputMessages {

    static final String AT_MOST_200 = "200文字以内で入力してください / at most 200 characters";
    static final String AT_MOST_300 = "300文字以内で入力してください / at most 300 characters";
    static final String FISCAL_YEAR_FROM = "年度は2000以降で入力してください / 2000 or later";
    static final String FISCAL_YEAR_UNTIL = "年度は2100以前で入力してください / 2100 or earlier";
    static final String LOCK_VERSION = "読み込んだ時点の版 (lockVersion) を送ってください / send the lockVersion you read";

    private InputMessages() {
    }
}
