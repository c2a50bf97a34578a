package kyoso.comment.domain;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kyoso.comment.config.CommentConfig;

/**
 * The keys derived from the configured master key, one per purpose, so that no two uses share a key.
 * Checked at startup: a missing or malformed key stops the service instead of failing a citizen later.
 */
@Startup
@ApplicationScoped
public class Keys {

    private final SecretKeySpec personalData;
    private final SecretKeySpec checkCodeHash;
    private final SecretKeySpec checkCodeDerivation;

    Keys(CommentConfig config) {
        byte[] master;
        try {
            master = Base64.getDecoder().decode(config.personalDataKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kyoso.comment.personal-data-key must be base64 (of 32 random bytes)");
        }
        if (master.length != 32) {
            throw new IllegalStateException("kyoso.comment.personal-data-key must decode to 32 bytes, not " + master.length);
        }
        personalData = new SecretKeySpec(derive(master, "personal-data-aes-gcm-v1"), "AES");
        checkCodeHash = new SecretKeySpec(derive(master, "check-code-hash-v1"), "HmacSHA256");
        checkCodeDerivation = new SecretKeySpec(derive(master, "check-code-derivation-v1"), "HmacSHA256");
    }

    SecretKeySpec personalData() {
        return personalData;
    }

    byte[] hashForCheckCode(byte[] data) {
        return hmac(checkCodeHash, data);
    }

    byte[] deriveCheckCode(byte[] data) {
        return hmac(checkCodeDerivation, data);
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
