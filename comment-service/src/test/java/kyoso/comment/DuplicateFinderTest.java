package kyoso.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import kyoso.comment.domain.DuplicateFinder;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    @Test
    void groupsIdenticalAndNearIdenticalTextsAndLeavesOthersAlone() {
        List<String> texts = List.of(
                "デジタル人材の育成を強化してください。",
                "デジタル人材の育成を 強化してください！",
                "ﾃﾞｼﾞﾀﾙ人材の育成を強化してください",
                "デジタル人材の育成を、もっと強化してください。",
                "除雪管理のデジタル化を早く進めてほしい。");
        var groups = DuplicateFinder.groups(texts, Function.identity(), 0.6);
        assertEquals(1, groups.size(), groups.toString());
        assertEquals(4, groups.get(0).members().size(), groups.toString());
    }
}
