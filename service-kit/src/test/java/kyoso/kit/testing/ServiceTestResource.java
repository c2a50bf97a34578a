package kyoso.kit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;

/**
 * Prepares what every service test needs from the outside world, without Docker:
 * its own PostgreSQL database (created if missing, so a test run never touches a running
 * stack's data) and a throw-away RSA key pair to sign and verify test JWTs (no key is committed).
 * Init arg {@code database}: the test database name, e.g. kyoso_plan_test. The environment variable
 * KYOSO_TEST_DB_SUFFIX (e.g. "_ci2") gives a second checkout on the same machine databases of its own,
 * so two test runs at once never clean each other's schema.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z_]+_test")) {
            throw new IllegalArgumentException("init arg 'database' must name a *_test database");
        }
        String suffix = env("KYOSO_TEST_DB_SUFFIX", "");
        if (!suffix.matches("(_[a-z0-9]+)?")) {
            throw new IllegalArgumentException("KYOSO_TEST_DB_SUFFIX must look like _name (lower-case letters, digits)");
        }
        database += suffix;
    }

    @Override
    public Map<String, String> start() {
        String host = env("KYOSO_DB_HOST", "localhost");
        String port = env("KYOSO_DB_PORT", "5432");
        String user = env("KYOSO_DB_USER", "kyoso");
        String password = env("KYOSO_DB_PASSWORD", "kyoso");
        ensureDatabase(host, port, user, password);
        Path keys = writeKeyPair();
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "mp.jwt.verify.publickey.location", keys.resolve("public.pem").toUri().toString(),
                "smallrye.jwt.sign.key.location", keys.resolve("private.pem").toUri().toString());
    }

    @Override
    public void stop() {
        // The database stays for inspection after a failed run; Liquibase cleans it at the next start.
    }

    private void ensureDatabase(String host, String port, String user, String password) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, user, password);
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port + " as '" + user
                    + "' to prepare " + database + ". Run ./kyoso test (it prepares the role) or see README.", e);
        }
    }

    private static Path writeKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path dir = Files.createTempDirectory("kyoso-test-keys");
            Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            dir.toFile().deleteOnExit();
            return dir;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
