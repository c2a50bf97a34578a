package kyoso.gateway.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kyoso.gateway.domain.SigningKey;

/**
 * The signing keys on disk: one PKCS#8 PEM file per key, {@code <kid>.key.pem}, readable only by
 * the gateway's user. The kid starts with the key's creation time (epoch seconds), so the
 * directory alone tells which key is newest; several gateway instances can share it.
 */
public class KeyDirectory {

    /** The PKCS#8 armour of the key files this class writes at first start and reads back (RFC 7468). */
    private static final String PEM_LABEL = "PRIVATE KEY";
    private static final String PEM_BEGIN = "-----BEGIN " + PEM_LABEL + "-----";
    private static final String PEM_END = "-----END " + PEM_LABEL + "-----";

    private static final Pattern FILE = Pattern.compile("(k(\\d{10,})-[0-9a-f]{8})\\.key\\.pem");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public KeyDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** All keys, oldest first. */
    public List<SigningKey> load() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SigningKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    keys.add(read(m.group(1), Instant.ofEpochSecond(Long.parseLong(m.group(2))), file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing keys in " + dir, e);
        }
        keys.sort(Comparator.comparing(SigningKey::created).thenComparing(SigningKey::kid));
        return keys;
    }

    /** Makes and stores a new 2048-bit RSA key created now. */
    public SigningKey create(Instant now) {
        try {
            createPrivateDirectory(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] suffix = new byte[4];
            RANDOM.nextBytes(suffix);
            String kid = "k" + now.getEpochSecond() + "-" + HexFormat.of().formatHex(suffix);
            String pem = PEM_BEGIN + "\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                    + "\n" + PEM_END + "\n";
            Path file = dir.resolve(kid + ".key.pem");
            writePrivateFile(file, pem);
            return new SigningKey(kid, Instant.ofEpochSecond(now.getEpochSecond()),
                    (RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a signing key into " + dir, e);
        }
    }

    /** Removes a key that signs nothing any more and whose tokens have all expired. */
    public void delete(SigningKey key) {
        try {
            Files.deleteIfExists(dir.resolve(key.kid() + ".key.pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a secret file that only the owner may read, created with those permissions from the start. */
    public static void writePrivateFile(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " already exists; it is not overwritten", e);
        }
        Files.writeString(file, content);
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    private static SigningKey read(String kid, Instant created, Path file) throws IOException {
        String pem = Files.readString(file)
                .replace(PEM_BEGIN, "")
                .replace(PEM_END, "")
                .replaceAll("\\s", "");
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            BigInteger modulus = privateKey.getModulus();
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(modulus, privateKey.getPublicExponent()));
            return new SigningKey(kid, created, privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The signing key " + file + " cannot be read", e);
        }
    }
}
