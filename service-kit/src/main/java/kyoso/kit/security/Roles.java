package kyoso.kit.security;

/** The staff roles carried in the JWT {@code groups} claim. Citizens need none. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String PLAN_EDITOR = "plan-editor";
    public static final String COMMENT_MODERATOR = "comment-moderator";
    public static final String MEETING_SECRETARY = "meeting-secretary";

    private Roles() {
    }
}
