package kyoso.plan.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.domain.KpiAssessment.Assessment;
import kyoso.plan.persistence.PlanRepository;

/** Measures (施策), their KPIs and yearly progress; every change is recorded in the revision log. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeasureService {

    public record ProgressView(KpiProgress progress, Assessment assessment) {
    }

    public record KpiView(Kpi kpi, List<ProgressView> progress, Assessment latest) {
    }

    public record MeasureView(Measure measure, List<KpiView> kpis) {
        /** The measure is only as on track as its weakest KPI. */
        public KpiAssessment.Status status() {
            return KpiAssessment.overall(kpis.stream().map(k -> k.latest().status()).toList());
        }
    }

    /** What staff may set on a measure. */
    public record MeasureFields(String title, String description, String department, String nodeKey, Integer sortOrder) {
    }

    /** What staff may set on a KPI. */
    public record KpiFields(String name, String unit, BigDecimal baselineValue, Integer baselineFiscalYear,
                            BigDecimal targetValue, int targetFiscalYear, Integer sortOrder) {
    }

    private final PlanRepository plans;
    private final RevisionLog revisions;

    MeasureService(PlanRepository plans, RevisionLog revisions) {
        this.plans = plans;
        this.revisions = revisions;
    }

    public List<MeasureView> list(String planCode, String nodeKey) {
        if (planCode != null && plans.findPlan(planCode).isEmpty()) {
            throw ProblemException.notFound("plan", planCode);
        }
        StringBuilder q = new StringBuilder("select m from Measure m join fetch m.plan p where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (planCode != null) {
            q.append(" and p.code = :plan");
            params.put("plan", planCode);
        }
        if (nodeKey != null) {
            q.append(" and m.nodeKey = :node");
            params.put("node", nodeKey);
        }
        q.append(" order by p.periodStartFiscalYear, m.sortOrder, m.id");
        List<Measure> measures = Measure.list(q.toString(), params);
        return views(measures);
    }

    public Optional<MeasureView> get(long id) {
        return Measure.<Measure>find("select m from Measure m join fetch m.plan where m.id = ?1", id)
                .firstResultOptional().map(this::view);
    }

    @Transactional
    public MeasureView create(String planCode, MeasureFields fields, String actor) {
        Plan plan = plans.findPlan(planCode).orElseThrow(() -> ProblemException.invalid("plan",
                "plan: 計画 '" + planCode + "' は存在しません / no plan '" + planCode + "'"));
        Measure m = new Measure();
        m.plan = plan;
        apply(m, fields);
        m.persist();
        revisions.record(actor, "create", "measure", m.id, plan.code, null, "施策を追加: " + m.title,
                Map.of("after", snapshot(m)));
        return view(m);
    }

    @Transactional
    public MeasureView update(long id, int lockVersion, MeasureFields fields, String actor) {
        Measure m = measure(id);
        if (m.lockVersion != lockVersion) {
            throw new StaleEditException("measure " + id, view(m));
        }
        Map<String, Object> before = snapshot(m);
        apply(m, fields);
        Measure.flush(); // so the lock version the caller gets back is the one it must send next time
        revisions.record(actor, "update", "measure", m.id, m.plan.code, null, "施策を更新: " + m.title,
                Map.of("before", before, "after", snapshot(m)));
        return view(m);
    }

    @Transactional
    public void delete(long id, String actor) {
        Measure m = measure(id);
        revisions.record(actor, "delete", "measure", m.id, m.plan.code, null, "施策を削除: " + m.title,
                Map.of("before", snapshot(m)));
        KpiProgress.delete("kpi in (select k from Kpi k where k.measure = ?1)", m);
        Kpi.delete("measure", m);
        m.delete();
    }

    @Transactional
    public KpiView addKpi(long measureId, KpiFields fields, String actor) {
        Measure m = measure(measureId);
        Kpi k = new Kpi();
        k.measure = m;
        apply(k, fields);
        k.persist();
        revisions.record(actor, "create", "kpi", k.id, m.plan.code, null, "指標を追加: " + k.name,
                Map.of("measure", m.id, "after", snapshot(k)));
        return kpiView(k);
    }

    @Transactional
    public KpiView updateKpi(long measureId, long kpiId, int lockVersion, KpiFields fields, String actor) {
        Kpi k = kpi(measureId, kpiId);
        if (k.lockVersion != lockVersion) {
            throw new StaleEditException("kpi " + kpiId, kpiView(k));
        }
        Map<String, Object> before = snapshot(k);
        apply(k, fields);
        Kpi.flush();
        revisions.record(actor, "update", "kpi", k.id, k.measure.plan.code, null, "指標を更新: " + k.name,
                Map.of("measure", measureId, "before", before, "after", snapshot(k)));
        return kpiView(k);
    }

    @Transactional
    public void deleteKpi(long measureId, long kpiId, String actor) {
        Kpi k = kpi(measureId, kpiId);
        revisions.record(actor, "delete", "kpi", k.id, k.measure.plan.code, null, "指標を削除: " + k.name,
                Map.of("measure", measureId, "before", snapshot(k)));
        KpiProgress.delete("kpi", k);
        k.delete();
    }

    /** Records (or corrects) a year's actual. Correcting needs the lock version the caller last saw. */
    @Transactional
    public Recorded recordProgress(long measureId, long kpiId, int fiscalYear, BigDecimal actual, String note,
                                   Integer lockVersion, String actor) {
        Kpi k = kpi(measureId, kpiId);
        Optional<KpiProgress> existing = KpiProgress.find("kpi = ?1 and fiscalYear = ?2", k, fiscalYear)
                .firstResultOptional();
        KpiProgress p = existing.orElseGet(KpiProgress::new);
        Map<String, Object> before = existing.map(MeasureService::snapshot).orElse(null);
        if (existing.isPresent()) {
            if (lockVersion == null || p.lockVersion != lockVersion) {
                throw new StaleEditException("progress " + fiscalYear, new ProgressView(p, KpiAssessment.assess(k, p)));
            }
        } else {
            p.kpi = k;
            p.fiscalYear = fiscalYear;
        }
        p.actualValue = actual;
        p.note = note;
        p.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.recordedBy = actor;
        if (existing.isEmpty()) {
            p.persist();
        }
        KpiProgress.flush();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("measure", measureId);
        detail.put("kpi", kpiId);
        if (before != null) {
            detail.put("before", before);
        }
        detail.put("after", snapshot(p));
        revisions.record(actor, "record-progress", "progress", k.id + ":" + fiscalYear, k.measure.plan.code, null,
                "実績を記録: " + k.name + " " + fiscalYear + "年度", detail);
        return new Recorded(new ProgressView(p, KpiAssessment.assess(k, p)), existing.isEmpty());
    }

    public record Recorded(ProgressView progress, boolean created) {
    }

    @Transactional
    public void deleteProgress(long measureId, long kpiId, int fiscalYear, String actor) {
        Kpi k = kpi(measureId, kpiId);
        KpiProgress p = KpiProgress.<KpiProgress>find("kpi = ?1 and fiscalYear = ?2", k, fiscalYear)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("progress", fiscalYear));
        revisions.record(actor, "delete", "progress", k.id + ":" + fiscalYear, k.measure.plan.code, null,
                "実績を削除: " + k.name + " " + fiscalYear + "年度", Map.of("before", snapshot(p)));
        p.delete();
    }

    private Measure measure(long id) {
        return Measure.<Measure>find("select m from Measure m join fetch m.plan where m.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("measure", id));
    }

    private Kpi kpi(long measureId, long kpiId) {
        Kpi k = Kpi.findById(kpiId);
        if (k == null || !Objects.equals(k.measure.id, measureId)) {
            throw ProblemException.notFound("kpi", kpiId);
        }
        return k;
    }

    private void apply(Measure m, MeasureFields f) {
        if (f.nodeKey() != null && !plans.nodeKeyExists(m.plan, f.nodeKey())) {
            throw ProblemException.invalid("nodeKey", "nodeKey: 計画の項目 '" + f.nodeKey() + "' はこの計画にありません / the plan has no node '"
                    + f.nodeKey() + "'");
        }
        m.title = f.title().strip();
        m.description = f.description();
        m.department = f.department();
        m.nodeKey = f.nodeKey();
        m.sortOrder = f.sortOrder() == null ? m.sortOrder : f.sortOrder();
    }

    private static void apply(Kpi k, KpiFields f) {
        if ((f.baselineValue() == null) != (f.baselineFiscalYear() == null)) {
            throw ProblemException.invalid("baselineFiscalYear", "baselineFiscalYear: 基準値と基準年度は両方とも入力してください"
                    + " / give both the baseline value and its fiscal year, or neither");
        }
        if (f.baselineFiscalYear() != null && f.targetFiscalYear() < f.baselineFiscalYear()) {
            throw ProblemException.invalid("targetFiscalYear", "targetFiscalYear: 目標年度は基準年度以降にしてください"
                    + " / must not be before the baseline fiscal year");
        }
        k.name = f.name().strip();
        k.unit = f.unit().strip();
        k.baselineValue = f.baselineValue();
        k.baselineFiscalYear = f.baselineFiscalYear();
        k.targetValue = f.targetValue();
        k.targetFiscalYear = f.targetFiscalYear();
        k.sortOrder = f.sortOrder() == null ? k.sortOrder : f.sortOrder();
    }

    private MeasureView view(Measure m) {
        return views(List.of(m)).get(0);
    }

    /** KPIs and progress of all the measures in two queries, not two per measure. */
    private List<MeasureView> views(List<Measure> measures) {
        if (measures.isEmpty()) {
            return List.of();
        }
        List<Kpi> kpis = Kpi.list("measure in ?1", Sort.by("sortOrder").and("id"), measures);
        Map<Long, List<KpiProgress>> progressOf = kpis.isEmpty() ? Map.of()
                : KpiProgress.<KpiProgress>list("kpi in ?1", Sort.by("fiscalYear"), kpis).stream()
                        .collect(Collectors.groupingBy(p -> p.kpi.id));
        Map<Long, List<KpiView>> kpisOf = kpis.stream()
                .map(k -> kpiView(k, progressOf.getOrDefault(k.id, List.of())))
                .collect(Collectors.groupingBy(v -> v.kpi().measure.id));
        return measures.stream().map(m -> new MeasureView(m, kpisOf.getOrDefault(m.id, List.of()))).toList();
    }

    private static KpiView kpiView(Kpi k) {
        return kpiView(k, KpiProgress.list("kpi", Sort.by("fiscalYear"), k));
    }

    private static KpiView kpiView(Kpi k, List<KpiProgress> progress) {
        KpiProgress latest = progress.stream().max(Comparator.comparingInt(p -> p.fiscalYear)).orElse(null);
        return new KpiView(k, progress.stream().map(p -> new ProgressView(p, KpiAssessment.assess(k, p))).toList(),
                KpiAssessment.assess(k, latest));
    }

    private static Map<String, Object> snapshot(Measure m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", m.title);
        s.put("description", m.description);
        s.put("department", m.department);
        s.put("nodeKey", m.nodeKey);
        s.put("sortOrder", m.sortOrder);
        return s;
    }

    private static Map<String, Object> snapshot(Kpi k) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", k.name);
        s.put("unit", k.unit);
        s.put("baselineValue", k.baselineValue);
        s.put("baselineFiscalYear", k.baselineFiscalYear);
        s.put("targetValue", k.targetValue);
        s.put("targetFiscalYear", k.targetFiscalYear);
        return s;
    }

    private static Map<String, Object> snapshot(KpiProgress p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fiscalYear", p.fiscalYear);
        s.put("actualValue", p.actualValue);
        s.put("note", p.note);
        return s;
    }
}
