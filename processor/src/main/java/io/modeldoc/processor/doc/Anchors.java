package io.modeldoc.processor.doc;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out heading anchors in document order the way GitHub does: the second heading with the
 * slug {@code order} becomes {@code order-1}, the third {@code order-2}.
 */
final class Anchors {

    /** Per slug handed out, how many times its base has been numbered (GitHub's slugger state). */
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** Reserves the anchor of a heading that comes before the ones asked for later. */
    Anchors reserve(String heading) {
        next(heading);
        return this;
    }

    /** The anchor of the next heading with this text. */
    String next(String heading) {
        String base = Markdown.anchor(heading);
        String slug = base;
        while (occurrences.containsKey(slug)) {
            int n = occurrences.merge(base, 1, Integer::sum);
            slug = base + "-" + n;
        }
        occurrences.put(slug, 0);
        return slug;
    }
}
