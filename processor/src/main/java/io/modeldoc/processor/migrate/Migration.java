package io.modeldoc.processor.migrate;

import java.util.List;

/**
 * The statements taking one dialect's schema from a source model to a target model.
 *
 * @param dialect       the dialect's option name
 * @param statements    in execution order, without {@code ;}
 * @param beginTransaction the statement opening the script's one transaction ({@code start transaction}); empty where
 *                      the database's DDL is not transactional
 * @param warnings      what the script cannot do safely or at all, in words, for the build's diagnostics
 * @param losses        the statements that destroy data or may (dropped tables and columns, narrowed types), in words,
 *                      for the script's header and the document
 */
public record Migration(String dialect, List<String> statements, String beginTransaction, List<String> warnings,
                        List<DataLoss> losses) {

    public Migration {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
        losses = List.copyOf(losses);
    }

    /** Whether the script runs in one transaction (PostgreSQL, SQL Server). */
    public boolean transactional() {
        return !beginTransaction.isEmpty();
    }
}
