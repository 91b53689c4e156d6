package io.modeldoc.processor;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.migrate.MigrationStyle;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of one compilation, checked.
 *
 * @param dialects        the dialects to write scripts for, in the order given; the first feeds the document
 * @param snakeCase       {@code modeldoc.naming=snake_case}
 * @param hibernateNames  {@code modeldoc.constraintNames=hibernate}
 * @param validationDdl   whether Bean Validation shapes the DDL
 * @param baseline        path of a baseline {@code model.json}; empty when none
 * @param migration       the version, description and naming style of the migration scripts
 * @param templates       folder of template overrides; empty when none
 * @param outputDir       folder that also receives every output; empty when none
 * @param verify          {@code modeldoc.verify=on}: {@code outputDir} is compared with the outputs, not written
 * @param lint            {@code off}, {@code warn} or {@code error}
 * @param schemaPackage   package of {@code ModelDocSchema}; empty for the entities' common package
 * @param entityConstants {@code modeldoc.constants=entity}: one {@code <Entity>Table} class of names per entity
 */
public record Settings(
        List<Dialect> dialects,
        boolean snakeCase,
        boolean hibernateNames,
        boolean validationDdl,
        String baseline,
        MigrationNaming migration,
        String templates,
        String outputDir,
        boolean verify,
        String lint,
        String schemaPackage,
        boolean entityConstants) {

    public Settings {
        dialects = List.copyOf(dialects);
    }

    /**
     * How the migration scripts are named: {@code migration_<version>_<description>.sql}, or
     * Flyway's {@code V<version>__<description>.sql}, or a Liquibase changelog.
     */
    public record MigrationNaming(String version, String description, MigrationStyle style, boolean dropsLater) {
    }

    /** The settings when no option is given. */
    public static Settings defaults() {
        return parse(Map.of(), new ArrayList<>());
    }

    /**
     * Reads the {@code modeldoc.*} options; every unknown option or bad value is added to
     * {@code problems} as a message, and its default is used instead.
     */
    public static Settings parse(Map<String, String> options, List<String> problems) {
        Map<String, String> values = new TreeMap<>();
        for (Option option : Option.values()) {
            values.put(option.key(), option.defaultValue());
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(options).entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith(Option.PREFIX)) {
                continue;
            }
            Option option = Arrays.stream(Option.values()).filter(o -> o.key().equals(key)).findFirst().orElse(null);
            if (option == null) {
                List<String> keys = Arrays.stream(Option.values()).map(Option::key).toList();
                problems.add(Message.UNKNOWN_OPTION.format(
                        key, ClosestName.among(key, keys).map(k -> " did you mean -A" + k + "?").orElse(""), keys));
                continue;
            }
            String value = entry.getValue() == null ? "" : entry.getValue().trim();
            String problem = check(option, value);
            if (problem == null) {
                values.put(key, value);
            } else {
                problems.add(problem);
            }
        }
        if (values.get(Option.VERIFY.key()).equals("on") && values.get(Option.OUTPUT_DIR.key()).isEmpty()) {
            problems.add(Message.VERIFY_WITHOUT_FOLDER.format());
        }
        return new Settings(
                Arrays.stream(values.get(Option.DIALECTS.key()).split("\\s*,\\s*")).map(Dialects::named).toList(),
                values.get(Option.NAMING.key()).equals("snake_case"),
                values.get(Option.CONSTRAINT_NAMES.key()).equals("hibernate"),
                values.get(Option.VALIDATION_DDL.key()).equals("on"),
                values.get(Option.BASELINE.key()),
                new MigrationNaming(values.get(Option.MIGRATION_VERSION.key()), values.get(Option.MIGRATION_DESCRIPTION.key()),
                        MigrationStyle.named(values.get(Option.MIGRATION_STYLE.key())),
                        values.get(Option.MIGRATION_DROPS.key()).equals("later")),
                values.get(Option.TEMPLATES.key()),
                values.get(Option.OUTPUT_DIR.key()),
                values.get(Option.VERIFY.key()).equals("on"),
                values.get(Option.LINT.key()),
                values.get(Option.PACKAGE.key()),
                values.get(Option.CONSTANTS.key()).equals("entity"));
    }

    /** These settings with another template folder. */
    public Settings withTemplates(String folder) {
        return new Settings(dialects, snakeCase, hibernateNames, validationDdl, baseline, migration, folder, outputDir, verify, lint,
                schemaPackage, entityConstants);
    }

    /** How the scripts name constraints and indexes on a dialect. */
    public io.modeldoc.processor.sql.ConstraintNamer namer(Dialect dialect) {
        return hibernateNames ? new io.modeldoc.processor.sql.HibernateConstraintNamer(dialect)
                : new io.modeldoc.processor.sql.ReadableConstraintNamer(dialect);
    }

    /** The first dialect: the one the document shows. */
    public Dialect primaryDialect() {
        return dialects.get(0);
    }

    private static String check(Option option, String value) {
        // both end up in file names, and Flyway reads versions as dot-separated numbers
        if (option == Option.MIGRATION_VERSION && !value.matches("\\d+(\\.\\d+)*")) {
            return Message.BAD_VERSION.format(value, option.key(), option.defaultValue());
        }
        if (option == Option.MIGRATION_DESCRIPTION && !value.matches("[A-Za-z0-9]+(_[A-Za-z0-9]+)*")) {
            return Message.BAD_DESCRIPTION.format(value, option.key(), option.defaultValue());
        }
        // ModelDocSchema is generated in this package: javac would fail later, on a file the user never wrote.
        if (option == Option.PACKAGE && !value.isEmpty() && !javax.lang.model.SourceVersion.isName(value)) {
            return Message.BAD_PACKAGE.format(value, option.key());
        }
        if (option.accepted().isEmpty()) {
            return null;
        }
        List<String> given = option.isList() ? List.of(value.split("\\s*,\\s*")) : List.of(value);
        List<String> wrong = given.stream().filter(v -> !option.accepted().contains(v)).toList();
        boolean duplicated = given.stream().distinct().count() < given.size();
        if (wrong.isEmpty() && !duplicated) {
            return null;
        }
        String what = option.isList() ? "a comma-separated list of " : "one of ";
        String guess = wrong.isEmpty() ? "" : ClosestName.among(wrong.get(0), option.accepted())
                .map(v -> " did you mean '" + v + "'?").orElse("");
        return Message.BAD_OPTION_VALUE.format(value, option.key(), guess, what, option.accepted(), option.defaultValue());
    }
}
