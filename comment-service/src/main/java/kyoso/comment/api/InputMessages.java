package kyoso.comment.api;

/** Validation messages several endpoints share, as "日本語 / English" (the SPA shows the reader's half). */
final class InputMessages {

    static final String BODY_REQUIRED = "内容を送ってください / send a request body";
    static final String IDEMPOTENCY_KEY_LENGTH = "Idempotency-Key は200文字以内です / Idempotency-Key: at most 200 characters";
    static final String IDEMPOTENCY_KEY_CHARACTERS =
            "Idempotency-Key は英数字と記号で指定してください / Idempotency-Key: letters, digits and symbols (printable ASCII) only";

    private InputMessages() {
    }
}
