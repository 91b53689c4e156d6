package io.modeldoc.processor.read;

import io.modeldoc.processor.model.Namespace;

/**
 * {@code @GeneratedValue} and its {@code @SequenceGenerator}.
 *
 * @param strategy       {@code IDENTITY}, {@code SEQUENCE}, {@code AUTO}, {@code TABLE} or {@code UUID}
 * @param sequence       the sequence name given by a generator; empty for the implicit one
 * @param initialValue   the sequence's first value
 * @param allocationSize the sequence's increment
 * @param namespace      {@code @SequenceGenerator(catalog, schema)} as written
 */
public record GenerationSource(String strategy, String sequence, long initialValue, int allocationSize,
                               TableGeneratorSource table, Namespace namespace) {

    public GenerationSource {
        namespace = namespace == null ? Namespace.DEFAULT : namespace;
    }

    public GenerationSource(String strategy, String sequence, long initialValue, int allocationSize,
                            TableGeneratorSource table) {
        this(strategy, sequence, initialValue, allocationSize, table, Namespace.DEFAULT);
    }

    public GenerationSource(String strategy, String sequence, long initialValue, int allocationSize) {
        this(strategy, sequence, initialValue, allocationSize, null);
    }

    /**
     * A {@code @TableGenerator}: values kept in a table, one row per generator.
     *
     * @param pkColumn    the column naming the generator's row
     * @param valueColumn the column holding the next value
     * @param namespace   {@code @TableGenerator(catalog, schema)} as written
     */
    public record TableGeneratorSource(String table, String pkColumn, String valueColumn, Namespace namespace) {

        public TableGeneratorSource {
            namespace = namespace == null ? Namespace.DEFAULT : namespace;
        }

        public TableGeneratorSource(String table, String pkColumn, String valueColumn) {
            this(table, pkColumn, valueColumn, Namespace.DEFAULT);
        }

        /** Hibernate's table when none is named: {@code hibernate_sequences(sequence_name, next_val)}. */
        public static final TableGeneratorSource DEFAULT = new TableGeneratorSource("hibernate_sequences", "sequence_name", "next_val");
    }

    /** Whether values come from a database sequence (Hibernate's choice for AUTO on numbers). */
    public boolean usesSequence() {
        return strategy.equals("SEQUENCE") || strategy.equals("AUTO");
    }
}
