package io.modeldoc.processor.migrate;

import java.util.List;

/**
 * Lays a {@link Migration} out as a script: a header saying what it does, one statement per
 * {@code ;}-terminated block, inside one transaction where the database's DDL is transactional.
 * Like the create scripts, no line inside a statement ends in {@code ;}, so splitting on such lines is safe.
 */
public final class MigrationScript {

    private MigrationScript() {
    }

    /**
     * @param what e.g. {@code Migration 2 (add_shipping_notes)}
     * @throws IllegalStateException if a statement has a line ending in {@code ;}
     */
    public static String render(Migration migration, String what) {
        return render(migration, what, "");
    }

    /**
     * @param tool the tool that runs it and opens the transaction itself, so that the script must not ({@code Flyway},
     *             {@code Liquibase}); empty when the script is run as it is
     */
    public static String render(Migration migration, String what, String tool) {
        StringBuilder text = new StringBuilder("-- ").append(what).append(" for ").append(migration.dialect())
                .append(", written by ModelDoc.\n");
        boolean wrap = migration.transactional() && tool.isEmpty();
        if (migration.transactional()) {
            text.append(tool.isEmpty() ? "-- One transaction: if a statement fails, nothing is changed.\n"
                    : "-- " + tool + " runs it in one transaction: if a statement fails, nothing is changed.\n");
        } else {
            text.append("-- DDL is not transactional on ").append(migration.dialect())
                    .append(": each statement commits on its own. Additions come first and removals last,\n")
                    .append("-- so a failure leaves the existing columns and tables in place; back up before running it.\n");
        }
        for (String warning : migration.warnings()) {
            text.append("-- Warning: ").append(warning.replace('\n', ' ')).append(".\n");
        }
        if (!migration.losses().isEmpty()) {
            text.append("-- Statements that lose data or may:\n");
            for (DataLoss loss : migration.losses()) {
                text.append("--   ").append(loss.words().replace('\n', ' ')).append(".\n");
            }
        }
        List<String> statements = migration.statements();
        if (statements.isEmpty()) {
            text.append("-- Nothing changed since the baseline.\n");
            return text.toString();
        }
        if (wrap) {
            text.append('\n').append(migration.beginTransaction()).append(";\n");
        }
        for (String statement : statements) {
            requireSplittable(statement);
            text.append('\n').append(statement).append(";\n");
        }
        if (wrap) {
            text.append("\ncommit;\n");
        }
        return text.toString();
    }

    static void requireSplittable(String statement) {
        for (String line : statement.split("\n", -1)) {
            if (line.stripTrailing().endsWith(";") || line.indexOf('\r') >= 0) {
                throw new IllegalStateException("a line of this statement ends in ';': " + statement);
            }
        }
    }
}
