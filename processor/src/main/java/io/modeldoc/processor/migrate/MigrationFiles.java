package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The migration and rollback scripts of every dialect, by output path below {@code modeldoc/}:
 * {@code migrations/<dialect>/migration_<version>_<description>.sql}, or Flyway's
 * {@code V<version>__<description>.sql} and {@code U<version>__<description>.sql}.
 * The rollback is the migration planned the other way, with the renames reversed.
 */
public final class MigrationFiles {

    /** The file names of one migration. */
    public record Names(String forward, String rollback) {

        public static Names of(String version, String description, boolean flyway) {
            return flyway
                    ? new Names("V" + version + "__" + description + ".sql", "U" + version + "__" + description + ".sql")
                    : new Names("migration_" + version + "_" + description + ".sql", "rollback_" + version + "_" + description + ".sql");
        }
    }

    /** One dialect's forward and rollback migrations. */
    public record Pair(Migration forward, Migration rollback) {
    }

    private final String version;
    private final String description;
    private final Names names;
    private final boolean flyway;

    public MigrationFiles(String version, String description, boolean flyway) {
        this.flyway = flyway;
        this.version = version;
        this.description = description;
        this.names = Names.of(version, description, flyway);
    }

    public Names names() {
        return names;
    }

    /** Both directions in one dialect. */
    public static Pair plan(DataModel baseline, DataModel current, Dialect dialect, ConstraintNamer namer) {
        Renames renames = Renames.declaredBy(current);
        MigrationPlanner planner = new MigrationPlanner(dialect, namer);
        return new Pair(planner.plan(SchemaDiff.between(baseline, current, renames)),
                planner.plan(SchemaDiff.between(current, baseline, renames.inverse())));
    }

    /** The scripts of one dialect's pair, by path below {@code modeldoc/}. */
    public Map<String, String> render(Pair pair) {
        String folder = "migrations/" + pair.forward().dialect() + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(folder + names.forward(), MigrationScript.render(pair.forward(),
                "Migration " + version + " (" + description + "): from the baseline to this build", flyway));
        files.put(folder + names.rollback(), MigrationScript.render(pair.rollback(),
                "Rollback " + version + " (" + description + "): from this build back to the baseline", flyway));
        return files;
    }

    /** The distinct warnings of all dialects' forward scripts, sorted, for the build's diagnostics. */
    public static List<String> warnings(List<Pair> pairs) {
        TreeSet<String> all = new TreeSet<>();
        pairs.forEach(p -> p.forward().warnings().forEach(w -> all.add(p.forward().dialect() + ": " + w)));
        return new ArrayList<>(all);
    }
}
