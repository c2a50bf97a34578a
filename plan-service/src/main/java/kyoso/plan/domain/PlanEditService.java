package kyoso.plan.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import kyoso.kit.problem.ProblemException;
import kyoso.plan.persistence.PlanRepository;

/**
 * Staff drafting: a draft is created as a copy of a version, edited node by node, then published,
 * after which it never changes. Every change is written to the revision log in the same transaction.
 */
@ApplicationScoped
public class PlanEditService {

    /** Node kinds the tree knows; a typo would otherwise silently create a kind no reader renders. */
    public static final Set<String> KINDS = Set.of("BASIC_PHILOSOPHY", "GUIDELINES", "GUIDELINE", "POLICY",
            "BASIC_POLICY_REF", "DIRECTIONS", "GENERAL", "STAGE", "PERSPECTIVES", "PERSPECTIVE", "FIELDS", "FIELD",
            "EXAMPLE", "MEASURE", "TARGET", "TARGET_ITEM");

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String CODE_MESSAGE = "半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and '-'";

    /** What staff may set on a node's content. */
    public record NodeFields(String kind, String number, String title, String subtitle, String body,
                             Integer alignedBasicPolicy) {
    }

    private final PlanRepository repository;
    private final MasterPlanService masterPlans;
    private final RevisionLog revisions;
    private final Event<VersionPublished> published;

    PlanEditService(PlanRepository repository, MasterPlanService masterPlans, RevisionLog revisions,
                    Event<VersionPublished> published) {
        this.repository = repository;
        this.masterPlans = masterPlans;
        this.revisions = revisions;
        this.published = published;
    }

    @Transactional
    public PlanVersion createDraft(String planCode, String fromVersion, String code, String label, LocalDate dated,
                                   String actor) {
        Plan plan = plan(planCode);
        PlanVersion source = repository.findVersion(plan, fromVersion)
                .orElseThrow(() -> ProblemException.invalid("from", "from: 版 '" + fromVersion + "' はこの計画にありません"
                        + " / the plan has no version '" + fromVersion + "'"));
        if (!CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "code: " + CODE_MESSAGE);
        }
        if (repository.findVersion(plan, code).isPresent()) {
            throw ProblemException.invalid("code", "code: 版 '" + code + "' は既にあります / version '" + code + "' exists already");
        }
        PlanVersion draft = new PlanVersion();
        draft.plan = plan;
        draft.code = code;
        draft.label = label.strip();
        draft.status = PlanVersion.DRAFT;
        draft.dated = dated;
        draft.basedOn = source;
        draft.persist();
        copyNodes(source, draft);
        revisions.record(actor, "create-draft", "version", code, plan.code, code,
                "下書きを作成: " + draft.label + "（" + source.label + "から）", Map.of("from", source.code));
        return draft;
    }

    /** Copies the tree parents first, so every child can point at its parent's new id. */
    private void copyNodes(PlanVersion source, PlanVersion draft) {
        List<SectionNode> nodes = new ArrayList<>(repository.listNodes(source));
        Map<Long, Long> newIdOf = new HashMap<>();
        while (!nodes.isEmpty()) {
            List<SectionNode> ready = nodes.stream()
                    .filter(n -> n.parentId == null || newIdOf.containsKey(n.parentId)).toList();
            for (SectionNode n : ready) {
                SectionNode copy = new SectionNode();
                copy.version = draft;
                copy.parentId = n.parentId == null ? null : newIdOf.get(n.parentId);
                copy.key = n.key;
                copy.kind = n.kind;
                copy.number = n.number;
                copy.title = n.title;
                copy.subtitle = n.subtitle;
                copy.body = n.body;
                copy.sortOrder = n.sortOrder;
                copy.alignedBasicPolicy = n.alignedBasicPolicy;
                copy.persist();
                newIdOf.put(n.id, copy.id);
            }
            nodes.removeAll(ready);
        }
    }

    @Transactional
    public SectionNode addNode(String planCode, String versionCode, String key, String parentKey, Integer order,
                               NodeFields fields, String actor) {
        PlanVersion version = draft(planCode, versionCode);
        if (key == null || !CODE.matcher(key).matches()) {
            throw ProblemException.invalid("key", "key: " + CODE_MESSAGE);
        }
        if (repository.findNode(version, key).isPresent()) {
            throw ProblemException.invalid("key", "key: 項目 '" + key + "' はこの版に既にあります / node '" + key + "' exists already in this version");
        }
        SectionNode parent = parentKey == null ? null : parent(version, parentKey);
        SectionNode node = new SectionNode();
        node.version = version;
        node.key = key;
        node.parentId = parent == null ? null : parent.id;
        apply(node, fields, version.plan);
        node.sortOrder = Integer.MAX_VALUE;
        node.persist();
        place(version, node, order);
        revisions.record(actor, "add-node", "node", key, planCode, versionCode, "項目を追加: " + node.title,
                Map.of("after", snapshot(node, parentKey)));
        return node;
    }

    @Transactional
    public SectionNode editNode(String planCode, String versionCode, String key, int lockVersion, NodeFields fields,
                                String actor) {
        PlanVersion version = draft(planCode, versionCode);
        SectionNode node = node(version, key, lockVersion);
        String parentKey = parentKey(version, node);
        Map<String, Object> before = snapshot(node, parentKey);
        apply(node, fields, version.plan);
        SectionNode.flush();
        revisions.record(actor, "edit-node", "node", key, planCode, versionCode, "項目を編集: " + node.title,
                Map.of("before", before, "after", snapshot(node, parentKey)));
        return node;
    }

    @Transactional
    public SectionNode moveNode(String planCode, String versionCode, String key, int lockVersion, String parentKey,
                                Integer order, String actor) {
        PlanVersion version = draft(planCode, versionCode);
        SectionNode node = node(version, key, lockVersion);
        Map<String, Object> before = snapshot(node, parentKey(version, node));
        SectionNode parent = parentKey == null ? null : parent(version, parentKey);
        if (parent != null && descendantsAndSelf(version, node).contains(parent.id)) {
            throw ProblemException.invalid("parentKey", "parentKey: 項目をそれ自身の下には移動できません / a node cannot move under itself");
        }
        node.parentId = parent == null ? null : parent.id;
        place(version, node, order);
        revisions.record(actor, "move-node", "node", key, planCode, versionCode, "項目を移動: " + node.title,
                Map.of("before", before, "after", snapshot(node, parentKey)));
        return node;
    }

    @Transactional
    public void deleteNode(String planCode, String versionCode, String key, int lockVersion, String actor) {
        PlanVersion version = draft(planCode, versionCode);
        SectionNode node = node(version, key, lockVersion);
        Set<Long> doomed = descendantsAndSelf(version, node);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", snapshot(node, parentKey(version, node)));
        detail.put("removedNodes", doomed.size());
        // Children first: the parent foreign key forbids removing a parent before its children.
        List<SectionNode> nodes = repository.listNodes(version).stream().filter(n -> doomed.contains(n.id)).toList();
        Map<Long, Integer> depth = new HashMap<>();
        nodes.forEach(n -> depth.put(n.id, depthOf(n, nodes)));
        nodes.stream().sorted(Comparator.comparingInt((SectionNode n) -> depth.get(n.id)).reversed())
                .forEach(n -> {
                    n.delete();
                    SectionNode.flush();
                });
        revisions.record(actor, "delete-node", "node", key, planCode, versionCode, "項目を削除: " + node.title, detail);
    }

    @Transactional
    public PlanVersion publish(String planCode, String versionCode, String actor) {
        PlanVersion version = draft(planCode, versionCode);
        version.status = PlanVersion.PUBLISHED;
        version.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        revisions.record(actor, "publish", "version", versionCode, planCode, versionCode, "版を公開: " + version.label,
                Map.of());
        published.fire(new VersionPublished(planCode, versionCode));
        return version;
    }

    private Plan plan(String code) {
        return repository.findPlan(code).orElseThrow(() -> ProblemException.notFound("plan", code));
    }

    /** The version to edit; a published version is an immutable snapshot. */
    private PlanVersion draft(String planCode, String versionCode) {
        Plan plan = plan(planCode);
        PlanVersion version = repository.findVersion(plan, versionCode)
                .orElseThrow(() -> ProblemException.notFound("version", versionCode));
        if (version.isPublished()) {
            throw ProblemException.conflict("版 '" + versionCode + "' は公開済みのため変更できません。下書きを作成してください。 / "
                    + "Version '" + versionCode + "' is published and cannot change; create a draft from it.");
        }
        return version;
    }

    private SectionNode node(PlanVersion version, String key, int lockVersion) {
        SectionNode node = repository.findNode(version, key).orElseThrow(() -> ProblemException.notFound("node", key));
        if (node.lockVersion != lockVersion) {
            throw new StaleEditException("node " + key, node);
        }
        return node;
    }

    private SectionNode parent(PlanVersion version, String parentKey) {
        return repository.findNode(version, parentKey).orElseThrow(() -> ProblemException.invalid("parentKey",
                "parentKey: 親項目 '" + parentKey + "' はこの版にありません / this version has no node '"
                        + parentKey + "'"));
    }

    private void apply(SectionNode node, NodeFields f, Plan plan) {
        if (!KINDS.contains(f.kind())) {
            String kinds = String.join(", ", KINDS.stream().sorted().toList());
            throw ProblemException.invalid("kind", "kind: 種類は " + kinds + " のいずれかです / kind must be one of " + kinds);
        }
        if (f.alignedBasicPolicy() != null
                && !masterPlans.basicPolicies(plan.masterPlanCode).containsKey(f.alignedBasicPolicy())) {
            throw ProblemException.invalid("alignedBasicPolicy",
                    "alignedBasicPolicy: この計画が整合する基本方針に " + f.alignedBasicPolicy() + " はありません"
                            + " / the master plan has no basic policy " + f.alignedBasicPolicy());
        }
        node.kind = f.kind();
        node.number = blankToNull(f.number());
        node.title = f.title().strip();
        node.subtitle = blankToNull(f.subtitle());
        node.body = blankToNull(f.body());
        node.alignedBasicPolicy = f.alignedBasicPolicy();
    }

    /** Puts the node at a 1-based position among its siblings (end when null) and renumbers them 1..n. */
    private void place(PlanVersion version, SectionNode node, Integer order) {
        List<SectionNode> siblings = new ArrayList<>(repository.listNodes(version).stream()
                .filter(n -> Objects.equals(n.parentId, node.parentId) && !n.id.equals(node.id))
                .toList());
        int at = order == null ? siblings.size() : Math.max(0, Math.min(order - 1, siblings.size()));
        siblings.add(at, node);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).sortOrder != i + 1) {
                siblings.get(i).sortOrder = i + 1;
            }
        }
        SectionNode.flush();
    }

    private Set<Long> descendantsAndSelf(PlanVersion version, SectionNode root) {
        List<SectionNode> all = repository.listNodes(version);
        Set<Long> found = new HashSet<>(Set.of(root.id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (SectionNode n : all) {
                if (n.parentId != null && found.contains(n.parentId) && found.add(n.id)) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private static int depthOf(SectionNode node, List<SectionNode> nodes) {
        Map<Long, SectionNode> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id, n));
        int depth = 0;
        for (SectionNode n = node; n.parentId != null && byId.containsKey(n.parentId); n = byId.get(n.parentId)) {
            depth++;
        }
        return depth;
    }

    private String parentKey(PlanVersion version, SectionNode node) {
        if (node.parentId == null) {
            return null;
        }
        return repository.listNodes(version).stream().filter(n -> n.id.equals(node.parentId))
                .map(n -> n.key).findFirst().orElse(null);
    }

    private static Map<String, Object> snapshot(SectionNode n, String parentKey) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", n.kind);
        s.put("parentKey", parentKey);
        s.put("order", n.sortOrder);
        s.put("number", n.number);
        s.put("title", n.title);
        s.put("subtitle", n.subtitle);
        s.put("body", n.body);
        s.put("alignedBasicPolicy", n.alignedBasicPolicy);
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
