package io.modeldoc.processor.diag;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/** Every diagnostic ModelDoc reports: a stable tag, a kind, and a text with {@code %s} arguments. */
public enum Message {
    BAD_OPTION(Kind.ERROR, "bad-option", "%s"),
    MISSING_ID(Kind.ERROR, "missing-id",
            "Entity %s has no identifier; annotate one attribute with @Id, or use @EmbeddedId. It is left out of the outputs."),
    UNMAPPED_TYPE(Kind.ERROR, "unmapped-type",
            "Attribute %s has type %s, which has no SQL mapping; use a supported basic type, an @Embeddable, an association, or mark it @Transient."),
    NOT_AN_ENTITY(Kind.ERROR, "not-an-entity",
            "Attribute %s refers to %s, which is not an @Entity; annotate the target with @Entity, or fix the attribute's type (for collections, its element type)."),
    UNSUPPORTED(Kind.WARNING, "unsupported",
            "Attribute %s uses %s, which ModelDoc does not document yet; it is left out of the outputs."),
    UNDOCUMENTED_ENTITY(Kind.WARNING, "undocumented",
            "Entity %s has no description; add Javadoc or @Purpose (or set -Amodeldoc.lint=off)."),
    UNDOCUMENTED_ATTRIBUTE(Kind.WARNING, "undocumented",
            "Attribute %s has no description; add Javadoc or @Purpose (or set -Amodeldoc.lint=off)."),
    TEMPLATE_FAILED(Kind.ERROR, "template",
            "Template %s failed: %s"),
    WRITE_FAILED(Kind.ERROR, "write",
            "Could not write %s: %s"),
    INTERNAL_ERROR(Kind.ERROR, "internal",
            "ModelDoc failed unexpectedly while processing %s: %s. Please report this with the entity that triggers it.");

    private final Kind kind;
    private final String tag;
    private final String text;

    Message(Kind kind, String tag, String text) {
        this.kind = kind;
        this.tag = tag;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    /** The text with its tag, e.g. {@code [modeldoc:missing-id] Entity ...}. */
    public String format(Object... args) {
        String body = String.format(Locale.ROOT, text, args);
        return body.startsWith("[modeldoc:") ? body : "[modeldoc:" + tag + "] " + body;
    }
}
