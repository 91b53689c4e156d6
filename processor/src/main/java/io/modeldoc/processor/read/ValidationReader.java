package io.modeldoc.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Bean Validation constraints of one attribute: in words for the document, and the effects
 * Hibernate gives them on the DDL when Hibernate Validator is present.
 */
final class ValidationReader {

    private final Annotations annotations;

    ValidationReader(Annotations annotations) {
        this.annotations = annotations;
    }

    /**
     * What the constraints on {@code element} require, and what they do to its column.
     *
     * @param notNull  {@code @NotNull}, {@code @NotEmpty} or {@code @NotBlank}: the column is not null
     * @param maxSize  {@code @Size(max)} or {@code @Length(max)}, the smaller when both are given; 0 when unbounded
     * @param digits   {@code @Digits} as {precision, scale}; {@code null} when absent
     * @param min      {@code @Min}; {@code null} when absent
     * @param max      {@code @Max}; {@code null} when absent
     */
    record Constraints(List<String> words, boolean notNull, int maxSize, int[] digits, Long min, Long max) {
    }

    Constraints read(Element element) {
        List<String> words = new ArrayList<>();
        boolean notNull = false;
        if (annotations.has(element, JpaNames.NOT_NULL)) {
            words.add("not null");
            notNull = true;
        }
        if (annotations.has(element, JpaNames.NOT_EMPTY)) {
            words.add("not empty");
            notNull = true;
        }
        if (annotations.has(element, JpaNames.NOT_BLANK)) {
            words.add("not blank");
            notNull = true;
        }
        int maxSize = 0;
        for (List<String> names : List.of(JpaNames.SIZE, JpaNames.HIBERNATE_LENGTH)) {
            var size = annotations.find(element, names);
            if (size.isPresent()) {
                long min = size.get().number("min");
                long max = size.get().number("max");
                words.add(sizeWords(min, max));
                // Beside each other, both bound the value, so the smaller is the longest value ever stored (Hibernate
                // takes whichever its validator's unordered constraint set yields last: see the deviations page).
                if (max < Integer.MAX_VALUE) {
                    maxSize = maxSize == 0 ? (int) max : Math.min(maxSize, (int) max);
                }
            }
        }
        Long min = annotations.find(element, JpaNames.MIN).map(a -> a.number("value")).orElse(null);
        Long max = annotations.find(element, JpaNames.MAX).map(a -> a.number("value")).orElse(null);
        // Hibernate Validator's @Range is composed of @Min and @Max, and Hibernate follows the composition.
        Optional<AnnotationView> range = annotations.find(element, JpaNames.HIBERNATE_RANGE);
        if (range.isPresent()) {
            min = range.get().number("min");
            long rangeMax = range.get().number("max");
            max = rangeMax == Long.MAX_VALUE ? max : Long.valueOf(rangeMax);
        }
        if (min != null) {
            words.add("≥ " + min);
        }
        if (max != null) {
            words.add("≤ " + max);
        }
        annotations.find(element, JpaNames.DECIMAL_MIN)
                .ifPresent(a -> words.add((a.bool("inclusive") ? "≥ " : "> ") + a.string("value")));
        annotations.find(element, JpaNames.DECIMAL_MAX)
                .ifPresent(a -> words.add((a.bool("inclusive") ? "≤ " : "< ") + a.string("value")));
        addIf(words, element, JpaNames.POSITIVE, "> 0");
        addIf(words, element, JpaNames.POSITIVE_OR_ZERO, "≥ 0");
        addIf(words, element, JpaNames.NEGATIVE, "< 0");
        addIf(words, element, JpaNames.NEGATIVE_OR_ZERO, "≤ 0");
        int[] digits = annotations.find(element, JpaNames.DIGITS).map(a -> {
            int integer = (int) a.number("integer");
            int fraction = (int) a.number("fraction");
            words.add(String.format(Locale.ROOT, "at most %d integer and %d fraction digits", integer, fraction));
            return new int[] {integer + fraction, fraction};
        }).orElse(null);
        addIf(words, element, JpaNames.EMAIL, "an e-mail address");
        annotations.find(element, JpaNames.PATTERN).ifPresent(a -> words.add("matches " + a.string("regexp")));
        addIf(words, element, JpaNames.PAST, "in the past");
        addIf(words, element, JpaNames.PAST_OR_PRESENT, "not in the future");
        addIf(words, element, JpaNames.FUTURE, "in the future");
        addIf(words, element, JpaNames.FUTURE_OR_PRESENT, "not in the past");
        return new Constraints(List.copyOf(words), notNull, maxSize, digits, min, max);
    }

    private void addIf(List<String> words, Element element, List<String> names, String text) {
        if (annotations.has(element, names)) {
            words.add(text);
        }
    }

    private static String sizeWords(long min, long max) {
        boolean bounded = max < Integer.MAX_VALUE;
        if (min > 0 && bounded) {
            return "size " + min + "–" + max;
        }
        return bounded ? "size ≤ " + max : "size ≥ " + min;
    }
}
