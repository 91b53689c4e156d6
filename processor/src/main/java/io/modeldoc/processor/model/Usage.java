package io.modeldoc.processor.model;

import java.util.List;

/** How data is read and written, how much there is and how fast it must be ({@code @UsagePatterns}). */
public record Usage(List<String> reads, List<String> writes, String volume, String growth, String performance) {

    public static final Usage NONE = new Usage(List.of(), List.of(), "", "", "");

    public Usage {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
    }

    public boolean isEmpty() {
        return reads.isEmpty() && writes.isEmpty() && volume.isEmpty() && growth.isEmpty() && performance.isEmpty();
    }
}
