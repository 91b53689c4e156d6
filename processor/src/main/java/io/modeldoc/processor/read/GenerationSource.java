package io.modeldoc.processor.read;

/**
 * {@code @GeneratedValue} and its {@code @SequenceGenerator}.
 *
 * @param strategy       {@code IDENTITY}, {@code SEQUENCE}, {@code AUTO}, {@code TABLE} or {@code UUID}
 * @param sequence       the sequence name given by a generator; empty for the implicit one
 * @param initialValue   the sequence's first value
 * @param allocationSize the sequence's increment
 */
public record GenerationSource(String strategy, String sequence, long initialValue, int allocationSize,
                               TableGeneratorSource table) {

    public GenerationSource(String strategy, String sequence, long initialValue, int allocationSize) {
        this(strategy, sequence, initialValue, allocationSize, null);
    }

    /**
     * A {@code @TableGenerator}: values kept in a table, one row per generator.
     *
     * @param pkColumn    the column naming the generator's row
     * @param valueColumn the column holding the next value
     */
    public record TableGeneratorSource(String table, String pkColumn, String valueColumn) {

        /** Hibernate's table when none is named: {@code hibernate_sequences(sequence_name, next_val)}. */
        public static final TableGeneratorSource DEFAULT = new TableGeneratorSource("hibernate_sequences", "sequence_name", "next_val");
    }

    /** Whether values come from a database sequence (Hibernate's choice for AUTO on numbers). */
    public boolean usesSequence() {
        return strategy.equals("SEQUENCE") || strategy.equals("AUTO");
    }
}
