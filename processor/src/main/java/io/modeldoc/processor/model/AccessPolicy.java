package io.modeldoc.processor.model;

import java.util.List;

/** Who may read and write an entity's data, and its audit ({@code @AccessControl}). */
public record AccessPolicy(List<String> read, List<String> write, String audit) {

    public static final AccessPolicy NONE = new AccessPolicy(List.of(), List.of(), "");

    public AccessPolicy {
        read = List.copyOf(read);
        write = List.copyOf(write);
    }

    public boolean isEmpty() {
        return read.isEmpty() && write.isEmpty() && audit.isEmpty();
    }
}
