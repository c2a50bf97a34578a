package kyoso.comment.domain;

/** A document published with the draft (資料), e.g. the outline itself. */
public record ConsultationDocument(String title, String url) {
}
