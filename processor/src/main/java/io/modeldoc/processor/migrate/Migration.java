package io.modeldoc.processor.migrate;

import java.util.List;

/**
 * The statements taking one dialect's schema from a source model to a target model.
 *
 * @param dialect       the dialect's option name
 * @param statements    in execution order, without {@code ;}
 * @param transactional whether the script runs in one transaction (PostgreSQL, H2)
 * @param warnings      what the script cannot do safely or at all, in words, for the build's diagnostics
 */
public record Migration(String dialect, List<String> statements, boolean transactional, List<String> warnings) {

    public Migration {
        statements = List.copyOf(statements);
        warnings = List.copyOf(warnings);
    }
}
