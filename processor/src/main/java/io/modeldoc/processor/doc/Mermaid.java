package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a feature's Mermaid {@code erDiagram}: its tables with their columns, one relationship per
 * foreign key, and the other features' tables it references or that reference it, each after a
 * {@code %% from feature X} comment and with only its key columns.
 */
public final class Mermaid {

    private static final String INDENT = "    ";
    private static final Pattern DOUBLE_PERCENT = Pattern.compile("%(?=%)");
    private static final Pattern ENTITY_CODE = Pattern.compile("#(?=\\w+;)");

    private Mermaid() {
    }

    /**
     * What a build with a baseline marks in the diagram: tables and columns that are {@code new} or {@code changed}.
     *
     * @param tables  by table key ({@link TableFacts#key})
     * @param columns by table key, {@code .}, column key
     * @param asBefore the keys of the tables unchanged since the baseline: drawn with their key columns only, since
     *                 their entity sections list every column as the database has it
     */
    record Marks(Map<String, String> tables, Map<String, String> columns, Set<String> asBefore) {

        static final Marks NONE = new Marks(Map.of(), Map.of(), Set.of());
    }

    /** The diagram source (without its code fence) for the feature's tables, in their order. */
    static String erDiagram(List<TableFacts> tables, ModelLookup lookup, Dialect dialect) {
        return erDiagram(tables, lookup, dialect, Marks.NONE);
    }

    /** The diagram, with the tables and columns that are new or changed since the baseline marked as such. */
    static String erDiagram(List<TableFacts> tables, ModelLookup lookup, Dialect dialect, Marks marks) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        Set<String> own = new HashSet<>();
        tables.forEach(t -> own.add(TableFacts.key(t.name())));
        // Another feature's table, and the columns of its foreign keys into this feature.
        Map<String, TableFacts> others = new LinkedHashMap<>();
        Map<String, Set<String>> otherKeyColumns = new HashMap<>();
        for (TableFacts table : tables) {
            for (ForeignKey fk : table.table().foreignKeys()) {
                out.append(INDENT).append(relationship(table, fk)).append('\n');
                TableFacts parent = lookup.table(fk.referencedTable());
                if (parent != null && !own.contains(TableFacts.key(parent.name()))) {
                    others.putIfAbsent(TableFacts.key(parent.name()), parent);
                }
            }
        }
        for (TableFacts table : tables) {
            for (ModelLookup.Reference ref : lookup.referencesTo(table.name())) {
                TableFacts child = ref.from();
                if (child != null && !own.contains(TableFacts.key(child.name()))) {
                    out.append(INDENT).append(relationship(child, ref.foreignKey())).append('\n');
                    others.putIfAbsent(TableFacts.key(child.name()), child);
                    ref.foreignKey().columns().forEach(c -> otherKeyColumns
                            .computeIfAbsent(TableFacts.key(child.name()), k -> new HashSet<>()).add(TableFacts.key(c)));
                }
            }
        }
        for (TableFacts table : tables) {
            if (marks.asBefore().contains(TableFacts.key(table.name()))) {
                out.append(INDENT).append("%% unchanged since the baseline: key columns only\n");
                appendEntity(out, table, keyColumns(table, Set.of(), true), dialect, marks);
            } else {
                appendEntity(out, table, table.table().columns(), dialect, marks);
            }
        }
        for (Map.Entry<String, TableFacts> other : others.entrySet()) {
            TableFacts table = other.getValue();
            List<Column> shown = keyColumns(table, otherKeyColumns.getOrDefault(other.getKey(), Set.of()), false);
            out.append(INDENT).append("%% from ").append(featureOf(table, lookup)).append('\n');
            appendEntity(out, table, shown, dialect, Marks.NONE);
        }
        return out.toString();
    }

    /** The table's primary-key columns, and for a table of this feature its foreign-key and unique columns too. */
    private static List<Column> keyColumns(TableFacts table, Set<String> referencing, boolean own) {
        return table.table().columns().stream().filter(c -> table.inPrimaryKey(c.name()) || referencing.contains(TableFacts.key(c.name()))
                || own && (table.foreignKey(c.name()) != null || table.unique(c.name()))).toList();
    }

    /** {@code feature Catalogue}, for the comment above another feature's table. */
    private static String featureOf(TableFacts table, ModelLookup lookup) {
        Feature feature = lookup.feature(table.featureSlug());
        if (feature == null) {
            return table.featureSlug().isEmpty() ? "outside every feature" : "feature " + label(table.featureSlug());
        }
        return "feature " + label(feature.name());
    }

    /**
     * {@code parent ||--o{ child : "customer_id"}: the parent side is exactly one when the key is
     * not null, else zero or one; the child side is zero or one when the key is unique, else many.
     * Solid lines mark identifying relationships (the key is part of the child's primary key).
     */
    private static String relationship(TableFacts child, ForeignKey fk) {
        String parentEnd = child.required(fk) ? "||" : "|o";
        String childEnd = child.uniqueReference(fk) ? "o|" : "o{";
        String line = child.identifying(fk) ? "--" : "..";
        return identifier(fk.referencedTable()) + " " + parentEnd + line + childEnd + " "
                + identifier(child.name()) + " : \"" + label(String.join(", ", fk.columns())) + "\"";
    }

    private static void appendEntity(StringBuilder out, TableFacts table, List<Column> columns, Dialect dialect, Marks marks) {
        String tableMark = marks.tables().get(TableFacts.key(table.name()));
        out.append(INDENT).append(identifier(table.name()));
        if (tableMark != null) {
            // An alias shows the mark in the entity's title; relationships still use the identifier.
            out.append("[\"").append(label(table.name() + " (" + tableMark + ")")).append("\"]");
        }
        out.append(" {\n");
        for (Column column : columns) {
            out.append(INDENT).append(INDENT).append(type(dialect.typeOf(column))).append(' ').append(identifier(column.name()));
            List<String> keys = new ArrayList<>(3);
            if (table.inPrimaryKey(column.name())) {
                keys.add("PK");
            }
            if (table.foreignKey(column.name()) != null) {
                keys.add("FK");
            }
            if (table.unique(column.name())) {
                keys.add("UK");
            }
            if (!keys.isEmpty()) {
                out.append(' ').append(String.join(", ", keys));
            }
            String mark = "new".equals(tableMark) ? null : marks.columns().get(TableFacts.key(table.name()) + "." + TableFacts.key(column.name()));
            if (mark != null || !column.comment().isBlank()) {
                String comment = mark == null ? column.comment() : column.comment().isBlank() ? mark : mark + ": " + column.comment();
                out.append(" \"").append(label(comment)).append('"');
            }
            out.append('\n');
        }
        out.append(INDENT).append("}\n");
    }

    /** A name Mermaid accepts as an entity or attribute: SQL quotes dropped, other characters {@code _}. */
    public static String identifier(String name) {
        String bare = name.strip();
        if (bare.length() >= 2 && "\"`[".indexOf(bare.charAt(0)) >= 0) {
            bare = bare.substring(1, bare.length() - 1);
        }
        String token = token(bare, true);
        return token.isEmpty() || Character.isDigit(token.charAt(0)) ? "_" + token : token;
    }

    /** A column type as one Mermaid token: {@code varchar(255)} → {@code varchar_255_}. */
    public static String type(String sqlType) {
        String token = token(sqlType.strip(), false);
        return token.isEmpty() || Character.isDigit(token.charAt(0)) ? "_" + token : token;
    }

    /**
     * Text safe inside a quoted Mermaid label or a {@code %%} comment: no double quote, line break or
     * angle bracket; no {@code %%} (Mermaid reads {@code %%{…}%%} anywhere as a configuration directive);
     * no {@code #name;} (Mermaid decodes it as a character entity).
     */
    public static String label(String text) {
        String line = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
                .replace('"', '\'').replace('<', '‹').replace('>', '›').strip();
        return ENTITY_CODE.matcher(DOUBLE_PERCENT.matcher(line).replaceAll("% ")).replaceAll("＃");
    }

    /** Letters, digits and {@code _} kept (and {@code -} where allowed); every other run becomes one {@code _}. */
    private static String token(String text, boolean allowHyphen) {
        StringBuilder out = new StringBuilder(text.length());
        boolean replacing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = (c < 128 && Character.isLetterOrDigit(c)) || c == '_' || (allowHyphen && c == '-' && i > 0);
            if (keep) {
                out.append(c);
                replacing = false;
            } else if (!replacing) {
                out.append('_');
                replacing = true;
            }
        }
        return out.toString();
    }
}
