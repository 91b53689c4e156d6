package io.modeldoc.processor.migrate;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The migrations of one build against its baseline: the scripts of every dialect, the first
 * dialect's pair for the document, and the warnings for the build's diagnostics.
 *
 * @param files   path below {@code modeldoc/} → script, sorted
 * @param primary the first dialect's forward and rollback migrations
 * @param names   the file names shared by every dialect's folder
 * @param shown   what the document shows of the first dialect's migration
 * @param drops   the file names of the drops script and its undoing with {@code modeldoc.migration.drops=later}; null
 *                otherwise
 */
public record MigrationOutputs(Map<String, String> files, MigrationFiles.Pair primary, MigrationFiles.Names names,
                               List<String> warnings, MigrationFiles.Shown shown, MigrationFiles.Names drops) {

    public MigrationOutputs {
        files = Map.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static MigrationOutputs of(DataModel baseline, DataModel current, List<Dialect> dialects,
                                      Function<Dialect, ConstraintNamer> namers, MigrationFiles naming) {
        Map<String, String> files = new TreeMap<>();
        List<MigrationFiles.Pair> pairs = new ArrayList<>();
        for (Dialect dialect : dialects) {
            MigrationFiles.Pair pair = naming.planFor(baseline, current, dialect, namers.apply(dialect));
            pairs.add(pair);
            files.putAll(naming.render(pair));
        }
        return new MigrationOutputs(files, pairs.get(0), naming.names(), MigrationFiles.warnings(pairs), naming.shown(pairs.get(0)),
                pairs.get(0).dropsLater() ? naming.dropsNames() : null);
    }
}
