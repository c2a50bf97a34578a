package kyoso.plan.api;

import java.util.List;
import kyoso.plan.api.PlanDtos.Node;
import kyoso.plan.api.PlanDtos.PlanSummary;
import kyoso.plan.api.PlanDtos.SourceMarking;
import kyoso.plan.api.PlanDtos.VersionSummary;
import kyoso.plan.domain.PlanService.VersionTree;
import kyoso.plan.domain.compare.CompareService.ChangeType;
import kyoso.plan.domain.compare.CompareService.Comparison;
import kyoso.plan.domain.compare.CompareService.FieldChange;
import kyoso.plan.domain.compare.CompareService.NodeChange;
import kyoso.plan.domain.compare.TextDiff.Segment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of a comparison between two versions. */
public final class CompareDtos {

    private CompareDtos() {
    }

    @Schema(name = "ComparedVersion")
    public record Side(PlanSummary plan, VersionSummary version) {
        static Side of(VersionTree tree) {
            return new Side(PlanSummary.of(tree.plan()), VersionSummary.of(tree.version()));
        }
    }

    @Schema(name = "ComparisonSummary", description = "How many nodes were added, removed, changed, moved or left as they were")
    public record Summary(long added, long removed, long changed, long moved, long unchanged) {
    }

    @Schema(name = "DiffSegment", description = "A run of text that is equal on both sides, inserted in 'to', or deleted from 'from'")
    public record DiffSegment(@Schema(enumeration = {"equal", "insert", "delete"}) String op, String text) {
        static DiffSegment of(Segment s) {
            return new DiffSegment(s.op().name().toLowerCase(), s.text());
        }
    }

    @Schema(name = "FieldDiff", description = "One changed field of a node with its character-level diff")
    public record FieldDiff(@Schema(enumeration = {"number", "title", "subtitle", "body", "alignment"}) String field,
                            String from, String to, List<DiffSegment> segments) {
        static FieldDiff of(FieldChange f) {
            return new FieldDiff(f.field(), f.from(), f.to(), f.segments().stream().map(DiffSegment::of).toList());
        }
    }

    @Schema(name = "NodeChange", description = "A node matched by key that differs between the two versions")
    public record Change(String key,
                         @Schema(enumeration = {"added", "removed", "changed", "moved"}) String change,
                         @Schema(description = "The node in 'from' (without children); null when added") Node from,
                         @Schema(description = "The node in 'to' (without children); null when removed") Node to,
                         String fromParent, String toParent,
                         @Schema(description = "true when the node's parent or order differs") boolean moved,
                         List<FieldDiff> fields,
                         @Schema(description = "What the source document marks on the new node (e.g. 赤字部分追加)") SourceMarking marking,
                         @Schema(description = "true when the marked text is exactly inside what the diff shows as inserted")
                         boolean markingInserted) {
        static Change of(NodeChange c, Comparison comparison) {
            return new Change(c.key(), c.type().name().toLowerCase(),
                    c.from() == null ? null : PlanDtos.node(c.from(), comparison.from().basicPolicies(), List.of()),
                    c.to() == null ? null : PlanDtos.node(c.to(), comparison.to().basicPolicies(), List.of()),
                    c.fromParent(), c.toParent(), c.moved(),
                    c.fields().stream().map(FieldDiff::of).toList(),
                    c.to() == null ? null : SourceMarking.of(c.to()), c.markingInserted());
        }
    }

    @Schema(name = "Comparison", description = "Two versions compared node by node (matched by key)")
    public record ComparisonView(Side from, Side to, Summary summary, List<Change> changes,
                                 @Schema(description = "Keys of nodes that are the same on both sides") List<String> unchanged) {
        static ComparisonView of(Comparison c) {
            return new ComparisonView(Side.of(c.from()), Side.of(c.to()),
                    new Summary(c.count(ChangeType.ADDED), c.count(ChangeType.REMOVED), c.count(ChangeType.CHANGED),
                            c.count(ChangeType.MOVED), c.unchanged().size()),
                    c.changes().stream().map(ch -> Change.of(ch, c)).toList(), c.unchanged());
        }
    }
}
