package io.modeldoc.processor;

import io.modeldoc.processor.sql.Dialects;
import java.util.List;

/** The processor's {@code -A} options, with the values each accepts and its default. */
public enum Option {
    DIALECTS("modeldoc.dialects", Dialects.NAMES, Dialects.DEFAULT.name()),
    NAMING("modeldoc.naming", List.of("jpa", "snake_case"), "jpa"),
    CONSTRAINT_NAMES("modeldoc.constraintNames", List.of("readable", "hibernate"), "readable"),
    VALIDATION_DDL("modeldoc.validationDdl", List.of("on", "off"), "on"),
    BASELINE("modeldoc.baseline", List.of(), ""),
    MIGRATION_VERSION("modeldoc.migration.version", List.of(), "1"),
    MIGRATION_DESCRIPTION("modeldoc.migration.description", List.of(), "update"),
    MIGRATION_STYLE("modeldoc.migration.style", List.of("plain", "flyway", "liquibase"), "plain"),
    MIGRATION_DROPS("modeldoc.migration.drops", List.of("now", "later"), "now"),
    TEMPLATES("modeldoc.templates", List.of(), ""),
    OUTPUT_DIR("modeldoc.outputDir", List.of(), ""),
    VERIFY("modeldoc.verify", List.of("off", "on"), "off"),
    LINT("modeldoc.lint", List.of("off", "warn", "error"), "warn"),
    PACKAGE("modeldoc.package", List.of(), ""),
    /*
     * none by measurement (bench/, issue 16): the per-entity classes alone cost javac more than Hibernate's whole
     * metamodel processor adds (floor E against C), so a build that wants them asks for them.
     */
    CONSTANTS("modeldoc.constants", List.of("none", "entity"), "none");

    /** The prefix every option shares; an unknown option with it is an error. */
    public static final String PREFIX = "modeldoc.";

    private final String key;
    private final List<String> accepted;
    private final String defaultValue;

    Option(String key, List<String> accepted, String defaultValue) {
        this.key = key;
        this.accepted = accepted;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    /** The accepted values; empty when any text is (a path, a package name). */
    public List<String> accepted() {
        return accepted;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** Whether several accepted values may be given, comma-separated. */
    public boolean isList() {
        return this == DIALECTS;
    }
}
