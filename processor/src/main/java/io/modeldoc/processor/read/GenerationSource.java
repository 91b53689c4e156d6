package io.modeldoc.processor.read;

/**
 * {@code @GeneratedValue} and its {@code @SequenceGenerator}.
 *
 * @param strategy       {@code IDENTITY}, {@code SEQUENCE}, {@code AUTO}, {@code TABLE} or {@code UUID}
 * @param sequence       the sequence name given by a generator; empty for the implicit one
 * @param initialValue   the sequence's first value
 * @param allocationSize the sequence's increment
 */
public record GenerationSource(String strategy, String sequence, long initialValue, int allocationSize) {

    /** Whether values come from a database sequence (Hibernate's choice for AUTO on numbers). */
    public boolean usesSequence() {
        return strategy.equals("SEQUENCE") || strategy.equals("AUTO");
    }
}
