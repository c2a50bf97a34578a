package kyoso.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kyoso.gateway.domain.SignIn;
import kyoso.gateway.domain.StaffAudit;
import kyoso.gateway.domain.StaffUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of /auth. Passwords only ever travel inwards. */
public final class AuthDtos {

    private AuthDtos() {
    }

    public record Credentials(
            @NotBlank(message = "ユーザー名を入力してください。 / Enter the username.") String username,
            @NotBlank(message = "パスワードを入力してください。 / Enter the password.") String password) {
    }

    /** A signed-in answer: the access token for the Authorization header; the refresh token is in the cookie. */
    @Schema(requiredProperties = {"accessToken", "tokenType", "expiresIn", "expiresAt", "sessionExpiresAt", "user"})
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, Instant expiresAt,
                                Instant sessionExpiresAt, StaffView user) {
        static TokenResponse of(SignIn.Session session) {
            return new TokenResponse(session.access().token(), "Bearer",
                    Math.max(0, session.access().expiresAt().getEpochSecond() - session.access().issuedAt().getEpochSecond()),
                    session.access().expiresAt(), session.refreshExpiresAt(), StaffView.of(session.user()));
        }
    }

    // Always present, so clients generated from the document need no null checks; the dates may be absent.
    @Schema(requiredProperties = {"username", "displayName", "roles", "enabled", "locked"})
    public record StaffView(String username, String displayName, Set<String> roles, boolean enabled,
                            boolean locked, Instant passwordChangedAt, Instant createdAt) {
        static StaffView of(StaffUser user) {
            return new StaffView(user.username, user.displayName, Set.copyOf(user.roles), user.enabled,
                    user.lockedAt(Instant.now()), user.passwordChangedAt, user.createdAt);
        }
    }

    public record NewStaff(
            @NotBlank(message = "ユーザー名を入力してください。 / Enter a username.")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                    message = "ユーザー名は英小文字・数字・. _ - で2〜64文字にしてください。 / Use 2-64 lower-case letters, digits, '.', '_' or '-'.")
            String username,
            @NotBlank(message = "氏名を入力してください。 / Enter the display name.")
            @Size(max = 200, message = "氏名は200文字までです。 / At most 200 characters.") String displayName,
            @NotNull(message = "役割を指定してください。 / Give the roles.") Set<String> roles,
            @NotBlank(message = "初期パスワードを入力してください。 / Enter an initial password.") String password) {
    }

    public record StaffChanges(
            @Size(min = 1, max = 200, message = "氏名は1〜200文字です。 / 1-200 characters.") String displayName,
            Set<String> roles,
            Boolean enabled) {
    }

    public record NewPassword(@NotBlank(message = "新しいパスワードを入力してください。 / Enter the new password.") String password) {
    }

    public record PasswordChange(
            @NotBlank(message = "現在のパスワードを入力してください。 / Enter the current password.") String currentPassword,
            @NotBlank(message = "新しいパスワードを入力してください。 / Enter the new password.") String newPassword) {
    }

    @Schema(requiredProperties = {"kid", "signsFrom"})
    public record KeyRotated(String kid, Instant signsFrom) {
    }

    @Schema(requiredProperties = {"at", "actor", "action"})
    public record AuditEntry(Instant at, String actor, String action, String detail, String requestId) {
        static List<AuditEntry> of(List<StaffAudit> entries) {
            return entries.stream().map(e -> new AuditEntry(e.at, e.actor, e.action, e.detail, e.requestId)).toList();
        }
    }
}
