package io.modeldoc.processor.migrate;

import java.util.List;

/**
 * A migration as a Liquibase formatted-SQL changelog, and the master changelog that includes it. The changeset runs the
 * forward statements, its {@code --rollback} lines the rollback's, so that {@code liquibase update} migrates from the
 * baseline and {@code liquibase rollback <tag>} comes back to it: the master tags the database before the changeset.
 * <p>The changeset's id is the version and description ({@code 2-parcel_tracking}), its author {@code modeldoc}: the same
 * for every build of the same migration, as Liquibase needs to know it ran. {@code dbms} is Liquibase's name of the
 * dialect's database, so that a changelog run on another kind of database is skipped rather than half applied.
 * Liquibase runs a changeset in one transaction, so the statements come without {@code start transaction}; where DDL
 * commits on its own (MySQL, MariaDB, H2, Oracle) a failure leaves the statements before it applied, as with the
 * plain script.
 */
final class LiquibaseChangelog {

    static final String AUTHOR = "modeldoc";

    private LiquibaseChangelog() {
    }

    /** The file name of the changelog of one migration. */
    static String fileName(String version, String description) {
        return "changelog_" + version + "_" + description + ".sql";
    }

    /** The master changelog's file name, Spring Boot's and Liquibase's usual one. */
    static String masterName() {
        return "db.changelog-master.xml";
    }

    /** The changeset's id: stable for a version and description. */
    static String changeSetId(String version, String description) {
        return version + "-" + description;
    }

    /** The tag the master puts on the database before the migration, to roll back to. */
    static String baselineTag(String version, String description) {
        return "before-" + changeSetId(version, description);
    }

    /**
     * @param dbms Liquibase's name of the database ({@link io.modeldoc.processor.sql.Dialect#liquibaseDbms()})
     * @throws IllegalStateException if a statement has a line ending in {@code ;}
     */
    static String render(Migration forward, Migration rollback, String version, String description, String dbms) {
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n\n");
        text.append("-- Migration ").append(version).append(" (").append(description).append(") for ").append(forward.dialect())
                .append(", written by ModelDoc: from the baseline to this build, and back in the --rollback lines.\n")
                .append(forward.transactional()
                        ? "-- Liquibase runs the changeset in one transaction: if a statement fails, nothing is changed.\n"
                        : "-- DDL is not transactional on " + forward.dialect() + ": each statement commits on its own; back up first.\n");
        for (String warning : forward.warnings()) {
            text.append("-- Warning: ").append(oneLine(warning)).append(".\n");
        }
        losses(text, "-- Statements of the migration that lose data or may:\n", forward.losses());
        losses(text, "-- Statements of the rollback that lose data or may:\n", rollback.losses());
        if (forward.statements().isEmpty() && rollback.statements().isEmpty()) {
            text.append("-- Nothing changed since the baseline.\n");
            return text.toString();
        }
        text.append("\n--changeset ").append(AUTHOR).append(':').append(changeSetId(version, description))
                .append(" dbms:").append(dbms).append('\n')
                .append("--comment: Migration ").append(version).append(" (").append(description)
                .append(") from the baseline to this build, written by ModelDoc\n");
        for (String statement : forward.statements()) {
            MigrationScript.requireSplittable(statement);
            text.append(statement).append(";\n\n");
        }
        if (rollback.statements().isEmpty()) {
            text.append("--rollback empty\n");
        }
        for (String statement : rollback.statements()) {
            MigrationScript.requireSplittable(statement);
            String[] lines = (statement + ";").split("\n");
            for (String line : lines) {
                text.append("--rollback ").append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** The master changelog: tags the database as the baseline, then includes the migration's changelog. */
    static String master(String version, String description, String dialect) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Migration %1$s (%2$s) for %3$s, written by ModelDoc. The first changeset tags the database as it was
                     before the migration: "liquibase rollback %4$s" brings it back there. -->
                <databaseChangeLog
                        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                    <changeSet id="%5$s-baseline" author="%6$s">
                        <tagDatabase tag="%4$s"/>
                    </changeSet>
                    <include file="%7$s" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """.formatted(version, description, dialect, baselineTag(version, description), changeSetId(version, description),
                AUTHOR, fileName(version, description));
    }

    private static void losses(StringBuilder text, String title, List<DataLoss> losses) {
        if (!losses.isEmpty()) {
            text.append(title);
            losses.forEach(loss -> text.append("--   ").append(oneLine(loss.words())).append(".\n"));
        }
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }
}
