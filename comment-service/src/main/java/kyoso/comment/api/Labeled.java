package kyoso.comment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A code with its Japanese label, so a client shows the label and sends the code. */
@Schema(name = "Labeled")
public record Labeled(String code, String label) {
}
