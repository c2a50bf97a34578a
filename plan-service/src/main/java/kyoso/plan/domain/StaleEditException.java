package kyoso.plan.domain;

/**
 * Someone else changed the thing since the caller read it (optimistic locking). Carries the
 * current state so the API can show it beside the 409 and the editor can merge, never overwrite.
 */
public class StaleEditException extends RuntimeException {

    private final transient Object current;

    public StaleEditException(String what, Object current) {
        super(what + " は他の職員により更新されています。最新の内容を確認してから再度保存してください。 / "
                + what + " was changed by someone else; reload and apply your edit again.", null, false, false);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
