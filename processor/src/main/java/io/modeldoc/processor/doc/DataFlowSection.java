package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Data Flow.
 *
 * @param createUpdate the numbered steps of a write, each a label and its escaped description
 * @param queries      the queries about the feature's entities: named queries in the order of their entities, then the
 *                     repositories' queries
 */
public record DataFlowSection(List<LabelledValue> createUpdate, List<QueryStep> queries) {

    public DataFlowSection {
        createUpdate = List.copyOf(createUpdate);
        queries = List.copyOf(queries);
    }

    /**
     * One query.
     *
     * @param title    the query's name, entity and language, escaped
     * @param language the info string of its code block: {@code jpql} or {@code sql}
     * @param fence    the code fence that safely encloses {@code lines}
     * @param lines    the query text, line by line, shown literally
     * @param inline   a one-line query as a code span, said on the step's own line; empty for a longer one, shown in a
     *                 code block
     * @param reads    the tables it reads, each with the key or index serving it (or **no index**), escaped, said on the
     *                 query's own line; or why it is not analysed
     */
    public record QueryStep(String title, String language, String fence, List<String> lines, String inline, List<String> reads) {

        public QueryStep {
            lines = List.copyOf(lines);
            reads = List.copyOf(reads);
        }
    }
}
