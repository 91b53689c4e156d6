package io.modeldoc.processor.diag;

/**
 * Where a problem lies, by name, so the model stays free of elements.
 *
 * @param type   the qualified name of a class, or of a package
 * @param member an attribute of that class ({@code address.city} points at {@code address}); empty for the class itself
 * @param value  the text of the annotation value at fault (a name as the mapping wrote it), so that the diagnostic
 *               points at that value on the member, or on the class or any of its fields when the member is empty;
 *               empty when the element itself is at fault
 */
public record Origin(String type, String member, String value) {

    public Origin(String type, String member) {
        this(type, member, "");
    }

    public static Origin of(String type) {
        return new Origin(type, "");
    }

    /** This origin, narrowed to the annotation value that holds {@code text}. */
    public Origin at(String text) {
        return new Origin(type, member, text);
    }
}
