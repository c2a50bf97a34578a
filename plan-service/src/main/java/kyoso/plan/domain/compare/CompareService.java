package kyoso.plan.domain.compare;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import kyoso.plan.domain.PlanService;
import kyoso.plan.domain.PlanService.VersionTree;
import kyoso.plan.domain.SectionNode;
import kyoso.plan.domain.compare.TextDiff.Op;
import kyoso.plan.domain.compare.TextDiff.Segment;

/**
 * Compares two versions (of one plan or of two plans) node by node. Nodes are matched by their
 * stable key; a node present on one side only is added or removed, a node whose text changed gets
 * a readable character diff per field, a node that only changed place is moved.
 */
@ApplicationScoped
public class CompareService {

    public enum ChangeType { ADDED, REMOVED, CHANGED, MOVED }

    public record FieldChange(String field, String from, String to, List<Segment> segments) {
    }

    public record NodeChange(String key, ChangeType type, SectionNode from, SectionNode to, String fromParent,
                             String toParent, boolean moved, List<FieldChange> fields, boolean markingInserted) {
    }

    public record Comparison(VersionTree from, VersionTree to, List<NodeChange> changes, List<String> unchanged) {
        public long count(ChangeType type) {
            return changes.stream().filter(c -> c.type() == type).count();
        }
    }

    private static final List<TextField> TEXT_FIELDS = List.of(
            new TextField("number", n -> n.number),
            new TextField("title", n -> n.title),
            new TextField("subtitle", n -> n.subtitle),
            new TextField("body", n -> n.body),
            new TextField("alignment", n -> n.alignedBasicPolicy == null ? null : "基本方針 " + n.alignedBasicPolicy));

    private record TextField(String name, Function<SectionNode, String> value) {
    }

    private final PlanService plans;

    CompareService(PlanService plans) {
        this.plans = plans;
    }

    public Comparison compare(String fromPlan, String fromVersion, String toPlan, String toVersion,
                              boolean includeDrafts) {
        return compare(plans.tree(fromPlan, fromVersion, includeDrafts), plans.tree(toPlan, toVersion, includeDrafts));
    }

    static Comparison compare(VersionTree from, VersionTree to) {
        Map<String, SectionNode> before = byKey(from.nodes());
        Map<String, SectionNode> after = byKey(to.nodes());
        Map<Long, String> beforeKeyOf = keyById(from.nodes());
        Map<Long, String> afterKeyOf = keyById(to.nodes());
        List<NodeChange> changes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (SectionNode now : after.values()) {
            SectionNode was = before.get(now.key);
            String toParent = afterKeyOf.get(now.parentId);
            if (was == null) {
                List<FieldChange> fields = TEXT_FIELDS.stream()
                        .filter(f -> f.value().apply(now) != null)
                        .map(f -> field(f.name(), null, f.value().apply(now)))
                        .toList();
                changes.add(new NodeChange(now.key, ChangeType.ADDED, null, now, null, toParent, false, fields,
                        marked(now, fields)));
                continue;
            }
            String fromParent = beforeKeyOf.get(was.parentId);
            List<FieldChange> fields = TEXT_FIELDS.stream()
                    .filter(f -> !Objects.equals(f.value().apply(was), f.value().apply(now)))
                    .map(f -> field(f.name(), f.value().apply(was), f.value().apply(now)))
                    .toList();
            boolean moved = !Objects.equals(fromParent, toParent) || was.sortOrder != now.sortOrder;
            if (!fields.isEmpty() || !Objects.equals(was.kind, now.kind)) {
                changes.add(new NodeChange(now.key, ChangeType.CHANGED, was, now, fromParent, toParent, moved, fields,
                        marked(now, fields)));
            } else if (moved) {
                changes.add(new NodeChange(now.key, ChangeType.MOVED, was, now, fromParent, toParent, true, fields, false));
            } else {
                unchanged.add(now.key);
            }
        }
        for (SectionNode was : before.values()) {
            if (!after.containsKey(was.key)) {
                changes.add(new NodeChange(was.key, ChangeType.REMOVED, was, null, beforeKeyOf.get(was.parentId),
                        null, false, List.of(), false));
            }
        }
        return new Comparison(from, to, changes, unchanged);
    }

    private static FieldChange field(String name, String from, String to) {
        return new FieldChange(name, from, to, TextDiff.diff(from, to));
    }

    /** Whether the text the source marks on the new node shows up inside what the diff inserted. */
    private static boolean marked(SectionNode node, List<FieldChange> fields) {
        if (node.sourceMarked == null) {
            return false;
        }
        return fields.stream().flatMap(f -> f.segments().stream())
                .anyMatch(s -> s.op() == Op.INSERT && s.text().contains(node.sourceMarked));
    }

    /** Nodes by key in reading order (depth first, siblings by order), so changes read like the plan. */
    private static Map<String, SectionNode> byKey(List<SectionNode> nodes) {
        Map<Long, List<SectionNode>> children = new HashMap<>();
        for (SectionNode n : nodes) {
            children.computeIfAbsent(n.parentId == null ? 0L : n.parentId, k -> new ArrayList<>()).add(n);
        }
        Map<String, SectionNode> ordered = new LinkedHashMap<>();
        walk(0L, children, ordered);
        return ordered;
    }

    private static void walk(long parent, Map<Long, List<SectionNode>> children, Map<String, SectionNode> out) {
        for (SectionNode n : children.getOrDefault(parent, List.of())) {
            out.put(n.key, n);
            walk(n.id, children, out);
        }
    }

    private static Map<Long, String> keyById(List<SectionNode> nodes) {
        Map<Long, String> keys = new HashMap<>();
        nodes.forEach(n -> keys.put(n.id, n.key));
        return keys;
    }
}
