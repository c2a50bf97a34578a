package kyoso.comment.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a submitter's personal data with AES-256-GCM. The submission id is the associated data,
 * so a ciphertext copied onto another submission's row does not decrypt.
 */
@ApplicationScoped
public class PersonalDataCipher {

    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Keys keys;

    PersonalDataCipher(Keys keys) {
        this.keys = keys;
    }

    public Sealed seal(long submissionId, PersonalData data) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.personalData(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(aad(submissionId));
            return new Sealed(nonce, cipher.doFinal(JSON.writeValueAsBytes(data)));
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    public PersonalData open(long submissionId, Sealed sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys.personalData(), new GCMParameterSpec(128, sealed.nonce()));
            cipher.updateAAD(aad(submissionId));
            return JSON.readValue(cipher.doFinal(sealed.ciphertext()), PersonalData.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot decrypt personal data of submission " + submissionId, e);
        }
    }

    private static byte[] aad(long submissionId) {
        return ("submission:" + submissionId).getBytes(StandardCharsets.UTF_8);
    }
}
