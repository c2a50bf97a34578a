package kyoso.gateway.domain;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import kyoso.kit.problem.ProblemException;

/** Password rules and hashing (bcrypt, cost 12). */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_BYTES = 72;
    private static final int COST = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** Refuses a password that is too short or too long, naming the field. */
    public static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw ProblemException.invalid(field, "パスワードは" + MIN_LENGTH + "文字以上にしてください。 / The password must have at least "
                    + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalid(field, "パスワードが長すぎます(UTF-8で" + MAX_BYTES + "バイトまで)。 / The password may be at most "
                    + MAX_BYTES + " bytes in UTF-8.");
        }
    }

    /** A random password of 24 characters without look-alike letters. */
    public static String random() {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
