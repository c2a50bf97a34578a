package kyoso.comment.domain;

import java.util.List;
import java.util.stream.Stream;

/** One section of the plan version's outline as it stood when the consultation was created. */
public record OutlineNode(String key, String number, String title, List<OutlineNode> children) {

    public OutlineNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** This node and all below it, depth first. */
    public Stream<OutlineNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(OutlineNode::flatten));
    }
}
