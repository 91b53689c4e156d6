package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Attribute;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of a migration script that touch one feature's tables, so that a feature's Migration Strategy shows
 * its own changes and not another feature's. A statement belongs to the table it creates, alters or drops (an index
 * to its table, a sequence to the tables whose identifiers draw on it); the feature's tables are its tables today and
 * under their baseline names. The script file keeps every statement; this only chooses what a document quotes.
 */
final class FeatureStatements {

    private static final Pattern TABLE = Pattern.compile(
            "^(?:create|alter|drop)\\s+table\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?([^\\s(]+)"
                    + "|^create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?\\S+\\s+on\\s+([^\\s(]+)"
                    + "|^drop\\s+index\\s+(?:if\\s+exists\\s+)?\\S+\\s+on\\s+([^\\s(;]+)"
                    + "|^comment\\s+on\\s+table\\s+(\\S+)"
                    + "|^rename\\s+table\\s+(\\S+)");
    private static final Pattern COLUMN_COMMENT = Pattern.compile("^comment\\s+on\\s+column\\s+(\\S+)\\.[^.\\s]+\\s");
    private static final Pattern INDEX = Pattern.compile("^drop\\s+index\\s+(?:if\\s+exists\\s+)?([^\\s;]+)\\s*$");
    private static final Pattern SEQUENCE = Pattern.compile("^(?:create|alter|drop)\\s+sequence\\s+(?:if\\s+exists\\s+)?([^\\s;]+)");
    private static final Pattern TRANSACTION = Pattern.compile("^(?:start\\s+transaction|begin\\s+transaction|begin|commit)$");

    private final Set<String> tables = new HashSet<>();
    private final Map<String, String> tableOfIndex = new HashMap<>();
    private final Set<String> sequences = new HashSet<>();

    /**
     * @param slug     the feature
     * @param current  the model of this build
     * @param baseline the model of the baseline
     */
    FeatureStatements(String slug, List<TableFacts> featureTables, DataModel current, DataModel baseline) {
        for (TableFacts table : featureTables) {
            tables.add(name(table.table().name()));
            if (!table.table().renamedFrom().isEmpty()) {
                tables.add(name(table.table().renamedFrom()));
            }
        }
        Set<String> baselineTables = new HashSet<>();
        for (Entity entity : baseline.entities()) {
            if (entity.featureSlug().equals(slug)) {
                baselineTables.add(name(entity.table()));
            }
        }
        for (Table table : baseline.tables()) {
            // A join or collection table belongs where the table its first key references belongs.
            boolean owned = baselineTables.contains(name(table.name())) || !table.entity().isEmpty() && baseline.entities().stream()
                    .anyMatch(e -> e.qualifiedName().equals(table.entity()) && e.featureSlug().equals(slug))
                    || table.entity().isEmpty() && !table.foreignKeys().isEmpty()
                    && baselineTables.contains(name(table.foreignKeys().get(0).referencedTable()));
            if (owned) {
                tables.add(name(table.name()));
            }
        }
        for (DataModel model : List.of(current, baseline)) {
            for (Table table : model.tables()) {
                table.indexes().stream().map(Index::name).filter(n -> !n.isEmpty())
                        .forEach(n -> tableOfIndex.putIfAbsent(name(n), name(table.name())));
                table.uniqueKeys().stream().map(UniqueKey::name).filter(n -> !n.isEmpty())
                        .forEach(n -> tableOfIndex.putIfAbsent(name(n), name(table.name())));
                table.foreignKeys().stream().map(ForeignKey::name).filter(n -> !n.isEmpty())
                        .forEach(n -> tableOfIndex.putIfAbsent(name(n), name(table.name())));
            }
            model.entities().stream().filter(e -> e.featureSlug().equals(slug)).flatMap(e -> e.attributes().stream())
                    .map(Attribute::generation).filter(g -> !g.isEmpty())
                    .forEach(g -> Pattern.compile("[A-Za-z0-9_$\"`\\[\\].]+").matcher(g).results()
                            .forEach(m -> sequences.add(name(m.group()))));
        }
    }

    /** The script's statements on the feature's tables, each ending in {@code ;}, separated by blank lines; empty when none. */
    String of(String script) {
        List<String> kept = new ArrayList<>();
        for (String statement : statements(script)) {
            String said = statement.strip().toLowerCase(Locale.ROOT);
            if (!TRANSACTION.matcher(said).matches() && belongs(said)) {
                kept.add(statement.strip() + ";");
            }
        }
        return kept.isEmpty() ? "" : String.join("\n\n", kept) + "\n";
    }

    /** Whether the table, as a script names it, is one of the feature's tables (today or in the baseline). */
    boolean owns(String table) {
        return tables.contains(name(table));
    }

    /** Whether the script changes anything at all. */
    static boolean changesAnything(String script) {
        return statements(script).stream().anyMatch(s -> !TRANSACTION.matcher(s.strip().toLowerCase(Locale.ROOT)).matches());
    }

    private boolean belongs(String statement) {
        Matcher table = TABLE.matcher(statement);
        if (table.find()) {
            for (int i = 1; i <= table.groupCount(); i++) {
                if (table.group(i) != null) {
                    return tables.contains(name(table.group(i)));
                }
            }
        }
        Matcher column = COLUMN_COMMENT.matcher(statement);
        if (column.find()) {
            return tables.contains(name(column.group(1)));
        }
        Matcher index = INDEX.matcher(statement);
        if (index.find()) {
            return tables.contains(tableOfIndex.getOrDefault(name(index.group(1)), ""));
        }
        Matcher sequence = SEQUENCE.matcher(statement);
        if (sequence.find()) {
            return sequences.contains(name(sequence.group(1)));
        }
        // Anything else (sp_rename, a comment procedure) belongs to the tables it names.
        return Pattern.compile("[A-Za-z0-9_$]+").matcher(statement.replaceAll("[\"`\\[\\]]", "")).results()
                .anyMatch(m -> tables.contains(m.group().toLowerCase(Locale.ROOT)));
    }

    /** The script's statements, without {@code ;} and without the comment lines between them. */
    private static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (current.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String text = current.toString().stripTrailing();
                statements.add(text.substring(0, text.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    /** A table, index or sequence name as compared: unquoted, lower-case, without its catalog and schema. */
    private static String name(String written) {
        String unquoted = written.replaceAll("[\"`\\[\\]]", "").toLowerCase(Locale.ROOT);
        return unquoted.substring(unquoted.lastIndexOf('.') + 1);
    }
}
