package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Column;
import io.modeldoc.processor.model.Entity;
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
    /** One word of an attribute's type in Mermaid's erDiagram grammar (11.x). */
    private static final Pattern ATTRIBUTE_TYPE = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-\\[\\]().,]*");

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
                out.append(INDENT).append(relationship(table, fk, lookup)).append('\n');
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
                    out.append(INDENT).append(relationship(child, ref.foreignKey(), lookup)).append('\n');
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
     * {@code parent ||--o{ child : "has"}: the parent side is exactly one when the key is not null, else zero or one;
     * the child side is zero or one when the key is unique, else many. Solid lines mark identifying relationships (the
     * key is part of the child's primary key). The label is a verb read from parent to child ({@link #verb}), with
     * the key's columns when the child has more than one foreign key to that parent.
     */
    private static String relationship(TableFacts child, ForeignKey fk, ModelLookup lookup) {
        String parentEnd = child.required(fk) ? "||" : "|o";
        String childEnd = child.uniqueReference(fk) ? "o|" : "o{";
        String line = child.identifying(fk) ? "--" : "..";
        boolean several = child.table().foreignKeys().stream()
                .filter(other -> other.referencedTable().equalsIgnoreCase(fk.referencedTable())).count() > 1;
        String label = verb(child, fk, lookup) + (several ? " (" + String.join(", ", fk.columns()) + ")" : "");
        return identifier(fk.referencedTable()) + " " + parentEnd + line + childEnd + " "
                + identifier(child.name()) + " : \"" + label(label) + "\"";
    }

    /**
     * What the parent does to the child, from the kind of relationship: {@code is specialised as} for a joined
     * subtype, {@code continues in} for a secondary table, {@code holds} for a collection table, {@code is linked
     * through} for a join table, {@code is made of} for a composition (the parent cascades removal to the child and
     * deletes its orphans), else {@code has}.
     */
    static String verb(TableFacts child, ForeignKey fk, ModelLookup lookup) {
        Entity owner = child.owner();
        if (child.table().isSecondaryTable()) {
            return "continues in";
        }
        if (child.table().isJoinTable()) {
            return child.table().foreignKeys().size() == 1 ? "holds" : "is linked through";
        }
        if (owner != null && owner.inheritance() != null && !owner.inheritance().parent().isEmpty() && child.identifying(fk)) {
            Entity parent = lookup.entity(owner.inheritance().parent());
            if (parent != null && parent.table().equalsIgnoreCase(fk.referencedTable())) {
                return "is specialised as";
            }
        }
        TableFacts parentTable = lookup.table(fk.referencedTable());
        Entity parent = parentTable == null ? null : parentTable.owner();
        if (parent != null && owner != null && parent.relationships().stream().anyMatch(r -> r.target().equals(owner.qualifiedName())
                && r.orphanRemoval() && r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("ALL") || c.equalsIgnoreCase("REMOVE")))) {
            return "is made of";
        }
        return "has";
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

    /**
     * A column type as the database writes it: {@code varchar(254)} and {@code numeric(10,2)} as they are (Mermaid's
     * attribute types take parentheses, dots and commas), {@code `timestamp(6) with time zone`} in backticks, which
     * Mermaid reads as one type; only a type that even backticks cannot hold becomes one token.
     */
    public static String type(String sqlType) {
        String type = sqlType.strip();
        if (ATTRIBUTE_TYPE.matcher(type).matches()) {
            return type;
        }
        if (!type.isEmpty() && type.chars().noneMatch(c -> c == '`' || c == '\n' || c == '\r' || c == '"' || c == '%' || c == '#')) {
            return "`" + type + "`";
        }
        String token = token(type, false);
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
