package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Receipt numbers and check codes. A check code has 60 bits (12 Crockford base32 characters) and only
 * its keyed hash is stored. With an Idempotency-Key the code is derived from the key, so a retried POST
 * can hand back the same code without the code ever being stored.
 */
@ApplicationScoped
public class CheckCodes {

    /** Crockford base32: no I, L, O, U, so a code read over the phone is not misheard. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keys keys;

    CheckCodes(Keys keys) {
        this.keys = keys;
    }

    /** e.g. C-7K3M9-QXA2B: not secret, but not guessable either, and short enough to write down. */
    public String newReceiptNumber() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        String s = encode(bytes, 10);
        return "C-" + s.substring(0, 5) + "-" + s.substring(5);
    }

    public String randomCode() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return group(encode(bytes, 12));
    }

    /** The same consultation and key always give the same code. */
    public String codeFor(long consultationId, String idempotencyKey) {
        byte[] mac = keys.deriveCheckCode((consultationId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return group(encode(mac, 12));
    }

    public String hash(String code) {
        return "v1$" + Base64.getEncoder().withoutPadding()
                .encodeToString(keys.hashForCheckCode(normalize(code).getBytes(StandardCharsets.UTF_8)));
    }

    public boolean matches(String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /** People type codes in lower case, with or without hyphens, and confuse O/0 and I/L/1. */
    static String normalize(String code) {
        return code.strip().toUpperCase().replace("-", "").replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private static String group(String s) {
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12);
    }

    private static String encode(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < length) {
                out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
