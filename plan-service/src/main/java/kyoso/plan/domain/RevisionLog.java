package kyoso.plan.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Records every staff change in the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class RevisionLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subjectType, Object subjectId, String planCode,
                       String versionCode, String summary, Map<String, Object> detail) {
        Revision r = new Revision();
        r.at = OffsetDateTime.now(ZoneOffset.UTC);
        r.actor = actor;
        r.action = action;
        r.subjectType = subjectType;
        r.subjectId = String.valueOf(subjectId);
        r.planCode = planCode;
        r.versionCode = versionCode;
        r.summary = summary;
        r.detail = detail;
        r.persist();
    }

    /** A plan's history, newest first; a version code narrows it to that version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> history(String planCode, String versionCode) {
        Sort newestFirst = Sort.by("at", Sort.Direction.Descending).and("id", Sort.Direction.Descending);
        return versionCode == null
                ? Revision.list("planCode", newestFirst, planCode)
                : Revision.list("planCode = ?1 and versionCode = ?2", newestFirst, planCode, versionCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> historyOf(String subjectType, String subjectId) {
        return Revision.list("subjectType = ?1 and subjectId = ?2",
                Sort.by("at", Sort.Direction.Descending).and("id", Sort.Direction.Descending), subjectType, subjectId);
    }
}
