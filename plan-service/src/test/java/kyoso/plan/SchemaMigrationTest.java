package kyoso.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import kyoso.kit.persistence.SchemaMigration;
import kyoso.kit.persistence.SchemaMigration.Outcome;
import org.junit.jupiter.api.Test;

/** service-kit's migration at start, on plan-service's own changelog and database. */
@QuarkusTest
class SchemaMigrationTest {

    @Inject
    SchemaMigration migration;

    @Inject
    DataSource dataSource;

    @Test
    void aStartAfterTheMigrationLeavesLiquibaseOut() throws Exception {
        // the test profile cleans the database, so this application's own start has just migrated it
        assertEquals(Outcome.ALREADY_CURRENT, migration.bringUpToDate());
    }

    @Test
    void aDatabaseNotMarkedWithThisChangelogIsLeftToLiquibaseAndMarkedAfterwards() throws Exception {
        execute("update databasechangelog set tag = null");

        assertEquals(Outcome.MIGRATED, migration.bringUpToDate());
        assertEquals(Outcome.ALREADY_CURRENT, migration.bringUpToDate());
    }

    @Test
    void aChangesetAppliedAfterTheMarkIsNoticed() throws Exception {
        // what another version of the service leaves behind: a newer row, not marked with this changelog
        execute("""
                insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum)
                select 'from-another-version', 'test', 'db/elsewhere.yaml', now() + interval '1 second',
                       max(orderexecuted) + 1, 'EXECUTED', '9:0' from databasechangelog""");
        try {
            assertEquals(Outcome.MIGRATED, migration.bringUpToDate());
        } finally {
            execute("delete from databasechangelog where id = 'from-another-version'");
            migration.bringUpToDate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
