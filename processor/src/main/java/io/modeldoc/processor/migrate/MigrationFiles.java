package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The migration and rollback scripts of every dialect, by output path below {@code modeldoc/}:
 * {@code migrations/<dialect>/migration_<version>_<description>.sql}, or Flyway's
 * {@code V<version>__<description>.sql} and {@code U<version>__<description>.sql}, or a Liquibase changelog
 * {@code changelog_<version>_<description>.sql} holding both, with {@code db.changelog-master.xml}.
 * The rollback is the migration planned the other way, with the renames reversed.
 */
public final class MigrationFiles {

    /** The file names of one migration; with Liquibase, both directions are in the one changelog. */
    public record Names(String forward, String rollback) {

        public static Names of(String version, String description, MigrationStyle style) {
            return switch (style) {
                case FLYWAY -> new Names("V" + version + "__" + description + ".sql", "U" + version + "__" + description + ".sql");
                case LIQUIBASE -> new Names(LiquibaseChangelog.fileName(version, description),
                        LiquibaseChangelog.fileName(version, description));
                case PLAIN -> new Names("migration_" + version + "_" + description + ".sql",
                        "rollback_" + version + "_" + description + ".sql");
            };
        }
    }

    /** What the document shows of one dialect's migration: the forward file's text and the rollback's statements. */
    public record Shown(String forward, String rollback) {
    }

    /**
     * One dialect's forward and rollback migrations, and with {@code modeldoc.migration.drops=later} the script that drops
     * what the migration kept and the script undoing that; both null otherwise.
     */
    public record Pair(Migration forward, Migration rollback, Migration drops, Migration dropsRollback) {

        public Pair(Migration forward, Migration rollback) {
            this(forward, rollback, null, null);
        }

        public boolean dropsLater() {
            return drops != null;
        }
    }

    private final String version;
    private final String description;
    private final Names names;
    private final MigrationStyle style;
    private final boolean dropsLater;

    public MigrationFiles(String version, String description, MigrationStyle style) {
        this(version, description, style, false);
    }

    /** @param dropsLater {@code modeldoc.migration.drops=later} */
    public MigrationFiles(String version, String description, MigrationStyle style, boolean dropsLater) {
        this.dropsLater = dropsLater;
        this.style = style;
        this.version = version;
        this.description = description;
        this.names = Names.of(version, description, style);
    }

    public Names names() {
        return names;
    }

    /** Both directions in one dialect. */
    public static Pair plan(DataModel baseline, DataModel current, Dialect dialect, ConstraintNamer namer) {
        return plan(baseline, current, dialect, namer, false);
    }

    /**
     * Both directions in one dialect; with {@code dropsLater}, the migration reaches {@link ExpandContract#intermediate}
     * and the drops go from there to {@code current}.
     */
    public static Pair plan(DataModel baseline, DataModel current, Dialect dialect, ConstraintNamer namer, boolean dropsLater) {
        Renames renames = Renames.declaredBy(current);
        MigrationPlanner planner = new MigrationPlanner(dialect, namer);
        if (!dropsLater) {
            return new Pair(planner.plan(SchemaDiff.between(baseline, current, renames)),
                    planner.plan(SchemaDiff.between(current, baseline, renames.inverse())));
        }
        DataModel between = ExpandContract.intermediate(baseline, current, renames);
        // between already has the new names: from it to the new model, nothing is renamed
        Renames none = Renames.declaredBy(new DataModel(List.of(), List.of(), List.of(), List.of()));
        return new Pair(planner.plan(SchemaDiff.between(baseline, between, renames)),
                planner.plan(SchemaDiff.between(between, baseline, renames.inverse())),
                planner.plan(SchemaDiff.between(between, current, none)),
                planner.plan(SchemaDiff.between(current, between, none)));
    }

    /** Plans one dialect's pair as these files are set up: drops now or later. */
    public Pair planFor(DataModel baseline, DataModel current, Dialect dialect, ConstraintNamer namer) {
        return plan(baseline, current, dialect, namer, dropsLater);
    }

    /** The file names of the drops script of a migration whose drops come later, and of its undoing. */
    public Names dropsNames() {
        return Names.of(style == MigrationStyle.FLYWAY ? version + ".1" : version, description + "_drops", style);
    }

    /** The scripts of one dialect's pair, by path below {@code modeldoc/}. */
    public Map<String, String> render(Pair pair) {
        String dialect = pair.forward().dialect();
        String folder = "migrations/" + dialect + "/";
        Map<String, String> files = new LinkedHashMap<>();
        if (style == MigrationStyle.LIQUIBASE) {
            files.put(folder + names.forward(), LiquibaseChangelog.render(pair.forward(), pair.rollback(), version, description,
                    Dialects.named(dialect).liquibaseDbms()));
            files.put(folder + LiquibaseChangelog.masterName(), LiquibaseChangelog.master(version, description, dialect));
            if (pair.dropsLater()) {
                // not in the master: it runs with the next release, once the old one is gone
                files.put(folder + dropsNames().forward(), LiquibaseChangelog.render(pair.drops(), pair.dropsRollback(), version,
                        description + "_drops", Dialects.named(dialect).liquibaseDbms()));
            }
            return files;
        }
        files.put(folder + names.forward(), forwardScript(pair));
        files.put(folder + names.rollback(), rollbackScript(pair));
        if (pair.dropsLater()) {
            files.put(folder + dropsNames().forward(), MigrationScript.render(pair.drops(), "Drops of migration " + version + " ("
                    + description + "), to run once no release older than this build uses the database", style.tool()));
            files.put(folder + dropsNames().rollback(), MigrationScript.render(pair.dropsRollback(), "Undoes the drops of migration "
                    + version + " (" + description + "): the columns and tables come back empty", style.tool()));
        }
        return files;
    }

    /** The texts the document shows: the files, or with Liquibase the changelog and its rollback as a script. */
    public Shown shown(Pair pair) {
        return new Shown(style == MigrationStyle.LIQUIBASE ? render(pair).values().iterator().next() : forwardScript(pair),
                rollbackScript(pair));
    }

    private String forwardScript(Pair pair) {
        return MigrationScript.render(pair.forward(), "Migration " + version + " (" + description + "): from the baseline to this build",
                style.tool());
    }

    private String rollbackScript(Pair pair) {
        return MigrationScript.render(pair.rollback(), "Rollback " + version + " (" + description
                + "): from this build back to the baseline", style.tool());
    }

    /** The distinct warnings of all dialects' forward scripts, sorted, for the build's diagnostics. */
    public static List<String> warnings(List<Pair> pairs) {
        TreeSet<String> all = new TreeSet<>();
        pairs.forEach(p -> p.forward().warnings().forEach(w -> all.add(p.forward().dialect() + ": " + w)));
        return new ArrayList<>(all);
    }
}
