package io.modeldoc.processor.diag;

/**
 * Where a problem lies, by name, so the model stays free of elements.
 *
 * @param type   the qualified name of a class, or of a package
 * @param member an attribute of that class ({@code address.city} points at {@code address}); empty for the class itself
 */
public record Origin(String type, String member) {

    public static Origin of(String type) {
        return new Origin(type, "");
    }
}
