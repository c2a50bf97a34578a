package kyoso.meeting.domain;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kyoso.kit.paging.Page;

/** Records and reads the change history. Must join the caller's transaction so nothing is half-written. */
@ApplicationScoped
public class ChangeLog {

    private final SecurityIdentity identity;

    ChangeLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, long entityId, String summary) {
        ChangeRecord change = new ChangeRecord();
        change.at = OffsetDateTime.now(ZoneOffset.UTC);
        change.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        change.action = action;
        change.entityType = entityType;
        change.entityId = entityId;
        change.summary = summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 1000);
        change.persist();
        // Flush here, inside the caller's method: a lost update or a duplicate key then surfaces as a
        // PersistenceException the API maps to 409, rather than as a failure of the commit itself.
        change.getEntityManager().flush();
    }

    /** Newest first; entityType and entityId narrow it (null = any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeRecord> history(String entityType, Long entityId, int page, int size) {
        var query = ChangeRecord.<ChangeRecord>find("(?1 is null or entityType = ?1) and (?2 is null or entityId = ?2) "
                + "order by at desc, id desc", entityType, entityId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
