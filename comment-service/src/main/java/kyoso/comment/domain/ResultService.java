package kyoso.comment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyoso.comment.persistence.ConsultationRepository;
import kyoso.kit.problem.ProblemException;

/**
 * 意見募集の結果 as 行政手続法 Article 43 asks: the opinions' gist, how each was considered and why, and
 * what changed, with counts. Only published consultations have results; hidden items never appear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultService {

    public record Count(String code, String label, long count) {
    }

    /** One published item with everything a reader needs beside it. */
    public record Item(int number, String sectionKey, String sectionTitle, String summary, String category,
                       String categoryLabel, String answer, String planChange) {
    }

    public record Result(Consultation consultation, ConsultationTransition published, long submitters, List<Item> items,
                         List<Count> bySection, List<Count> byCategory, List<Count> byChannel) {
    }

    /** A published item found by search, with the consultation it belongs to. */
    public record Hit(String consultationCode, String consultationTitle, Item item) {
    }

    private final ConsultationRepository consultations;
    private final AnswerCategories categories;

    ResultService(ConsultationRepository consultations, AnswerCategories categories) {
        this.consultations = consultations;
        this.categories = categories;
    }

    public Result result(String code) {
        Consultation c = consultations.find(code).filter(ResultService::isPublished)
                .orElseThrow(() -> new ProblemException(404, "not-found", "見つかりません (Not found)",
                        "意見募集「" + code + "」の結果はまだ公表されていません。 / No published result for '" + code + "'."));
        List<OpinionItem> visible = OpinionItem.list(
                "consultationId = ?1 and hidden = false order by submissionId, id", c.id);
        Map<String, OutlineNodeRef> sections = sectionIndex(c);
        List<Item> items = new ArrayList<>();
        for (OpinionItem i : visible) {
            items.add(item(items.size() + 1, i, sections));
        }
        List<Long> submissionIds = visible.stream().map(i -> i.submissionId).distinct().toList();
        List<Submission> submitters = submissionIds.isEmpty() ? List.of() : Submission.list("id in ?1", submissionIds);

        List<Count> bySection = new ArrayList<>();
        sections.forEach((key, ref) -> {
            long n = visible.stream().filter(i -> key.equals(i.sectionKey)).count();
            if (n > 0) {
                bySection.add(new Count(key, ref.title(), n));
            }
        });
        long general = visible.stream().filter(i -> i.sectionKey == null).count();
        if (general > 0) {
            bySection.add(new Count(null, "全般・その他", general));
        }
        List<Count> byCategory = categories.all().entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue(),
                        visible.stream().filter(i -> e.getKey().equals(i.category)).count()))
                .toList();
        Map<String, Long> channelCounts = submitters.stream()
                .collect(Collectors.groupingBy(s -> s.channel, Collectors.counting()));
        List<Count> byChannel = Arrays.stream(Channel.values())
                .map(ch -> new Count(ch.code(), ch.label(), channelCounts.getOrDefault(ch.code(), 0L)))
                .toList();
        ConsultationTransition published = ConsultationTransition.<ConsultationTransition>find(
                "consultationId = ?1 and to = ?2 order by at desc", c.id, ConsultationStatus.PUBLISHED).firstResult();
        return new Result(c, published, submitters.size(), items, bySection, byCategory, byChannel);
    }

    /**
     * Published items whose gist, answer or change contain every word of the query (cut into words by
     * kuromoji, compared after NFKC normalization, so full-width and half-width forms match).
     */
    public List<Hit> search(String query, int limit) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(
                "from OpinionItem i where i.hidden = false and i.consultationId in "
                        + "(select c.id from Consultation c where c.status in ?1)");
        List<Object> params = new ArrayList<>();
        params.add(List.of(ConsultationStatus.PUBLISHED, ConsultationStatus.ARCHIVED));
        for (String word : words) {
            params.add(SearchText.anywhere(word));
            where.append(" and i.searchText like ?").append(params.size());
        }
        where.append(" order by i.consultationId desc, i.id");
        List<OpinionItem> found = OpinionItem.<OpinionItem>find(where.toString(), params.toArray()).page(0, limit).list();
        Map<Long, Consultation> byId = new LinkedHashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (OpinionItem i : found) {
            Consultation c = byId.computeIfAbsent(i.consultationId, id -> Consultation.findById(id));
            hits.add(new Hit(c.code, c.title, item(0, i, sectionIndex(c))));
        }
        return hits;
    }

    private static boolean isPublished(Consultation c) {
        return c.status == ConsultationStatus.PUBLISHED || c.status == ConsultationStatus.ARCHIVED;
    }

    private record OutlineNodeRef(String key, String title) {
    }

    private static Map<String, OutlineNodeRef> sectionIndex(Consultation c) {
        Map<String, OutlineNodeRef> index = new LinkedHashMap<>();
        if (c.outline != null) {
            c.outline.stream().flatMap(OutlineNode::flatten).forEach(n -> index.put(n.key(),
                    new OutlineNodeRef(n.key(), Objects.toString(n.number(), "").isEmpty() ? n.title()
                            : n.number() + " " + n.title())));
        }
        return index;
    }

    private Item item(int number, OpinionItem i, Map<String, OutlineNodeRef> sections) {
        Function<String, String> title = key -> key == null ? null
                : sections.containsKey(key) ? sections.get(key).title() : key;
        return new Item(number, i.sectionKey, title.apply(i.sectionKey), i.summary, i.category,
                categories.label(i.category).orElse(null), i.answer, i.planChange);
    }
}
