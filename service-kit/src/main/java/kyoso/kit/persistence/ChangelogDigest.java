package kyoso.kit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest of a Liquibase changelog on the class path and every file it includes, followed the way Kyoso's
 * changelogs are written ({@code include: file: <class-path path>}). A changelog written any other way
 * ({@code includeAll}, paths relative to the changelog, an {@code sqlFile} or {@code loadData} of its own)
 * has no digest, so its database is always left to Liquibase.
 */
final class ChangelogDigest {

    private static final String PREFIX = "changelog-sha256:";
    private static final Pattern INCLUDED_FILE = Pattern.compile("(?m)^\\s*file:\\s*(\\S+)\\s*$");
    private static final Pattern NOT_FOLLOWED = Pattern.compile("includeAll|relativeToChangelogFile|sqlFile|loadData|loadUpdateData|path:");

    private ChangelogDigest() {
    }

    static Optional<String> of(String changelog) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return add(changelog, sha256, new LinkedHashSet<>())
                    ? Optional.of(PREFIX + HexFormat.of().formatHex(sha256.digest()))
                    : Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Adds a file and, for a changelog, what it includes; false when the changelog cannot be followed. */
    private static boolean add(String path, MessageDigest sha256, Set<String> seen) {
        if (!seen.add(path)) {
            return true;
        }
        byte[] content = read(path);
        if (content == null) {
            return false;
        }
        sha256.update(path.getBytes(StandardCharsets.UTF_8));
        sha256.update(content);
        if (path.endsWith(".sql")) {
            return true;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (NOT_FOLLOWED.matcher(text).find()) {
            return false;
        }
        Matcher included = INCLUDED_FILE.matcher(text);
        while (included.find()) {
            if (!add(included.group(1), sha256, seen)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
