package io.modeldoc.processor.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Sequence;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.IfElseStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.insert.Insert;

/**
 * The {@link Catalog} a create script would build, read by parsing it with JSqlParser instead of running it: for the
 * databases no server of runs here (Oracle, SQL Server). The facts are those {@link CatalogReader} reads from a live
 * database, names folded as the database folds them (Oracle: unquoted names are case-insensitive, a quoted one that is
 * not all capitals keeps its case; SQL Server: case-insensitive), types as {@link ParsedTypes} reports them.
 *
 * <p>Every statement must parse, and must be one the catalog understands: a statement JSqlParser rejects, or one of
 * another kind, fails the comparison. One construct JSqlParser 5.3 does not know is read in two parts, each parsed by
 * it: SQL Server's filtered unique index ({@code create unique nonclustered index n on t (c) where c is not null}) is
 * the index without {@code nonclustered} (the default) and its {@code where} condition, parsed as a condition. The
 * other is Oracle's {@code raw(n)} column type: a column's {@code raw(} is read as {@value #RAW}{@code (}, which
 * {@link ParsedTypes} reports as {@code raw} again. Oracle's JSON condition {@code c is json} (the check on a JSON
 * document kept in a {@code blob}) is read as the function call {@code oracle_is_json(c)}: the catalog counts checks
 * and does not read their conditions.
 */
public final class ScriptCatalog {

    private static final Pattern FILTERED_INDEX = Pattern.compile(
            "(?is)create\\s+unique\\s+nonclustered\\s+index\\s+(.+?)\\s+where\\s+(.+)");
    private static final Pattern NOT_NULL_TERM = Pattern.compile("(?i)\\s*(\\S+)\\s+is\\s+not\\s+null\\s*");
    /** The procedures SQL Server scripts call: create schema through sp_executesql, and comments. */
    private static final Pattern PROCEDURE = Pattern.compile(
            "(?i)(\\S+\\.sys\\.)?(sp_executesql|sp_addextendedproperty|sp_updateextendedproperty|sp_dropextendedproperty)");

    /** What Oracle's {@code raw(n)} type is read as: JSqlParser 5.3 takes {@code raw} for a key word there. */
    static final String RAW = "oracle_raw";
    /** {@code raw(} after a column's name: at the start of a definition, or after add or modify. */
    private static final Pattern RAW_TYPE = Pattern.compile("(?i)((?:[(,]|\\badd|\\bmodify)\\s*[\\w\"\\[\\]]+\\s+)raw(\\s*\\()");
    /** Oracle's {@code c is json}, which JSqlParser 5.3 does not parse. */
    private static final Pattern IS_JSON = Pattern.compile("(?i)([\\w\"]+)\\s+is\\s+json\\b");

    private final ParityDialect dialect;
    private final Map<String, ParsedTable> tables = new LinkedHashMap<>();
    private final List<String> sequences = new ArrayList<>();

    private ScriptCatalog(ParityDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The catalog of {@code statements} (without {@code ;}) in {@code dialect}.
     *
     * @param origin names the script in a failure, e.g. {@code Hibernate's oracle script for basics}
     */
    public static Catalog of(ParityDialect dialect, List<String> statements, String origin) {
        ScriptCatalog catalog = new ScriptCatalog(dialect);
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            try {
                catalog.read(sql);
            } catch (JSQLParserException | RuntimeException | AssertionError e) {
                throw new AssertionError(origin + ": statement " + (i + 1) + " of " + statements.size() + " fails: "
                        + message(e) + "\n" + sql, e);
            }
        }
        List<String> facts = new ArrayList<>(catalog.sequences);
        catalog.tables.values().forEach(table -> facts.addAll(table.facts(catalog.tables)));
        return Catalog.of(facts);
    }

    /** Parses one statement as a SQL Server or Oracle script is read, brackets as quotes included. */
    static Statement parse(String sql) throws JSQLParserException {
        Statement statement = CCJSqlParserUtil.parse(sql, parser -> parser.withSquareBracketQuotation(true));
        if (statement == null || statement.getClass().getSimpleName().equals("UnsupportedStatement")) {
            throw new JSQLParserException("JSqlParser does not understand the statement");
        }
        return statement;
    }

    /**
     * Parses any statement of a script of {@code dialect}, migrations included, as {@link #of} reads it: the two
     * constructs JSqlParser 5.3 lacks read in parts, and SQL Server's {@code begin transaction}, which it lacks too,
     * accepted as exactly that text.
     *
     * @throws AssertionError naming the statement if the parser rejects it
     */
    public static void requireParsable(ParityDialect dialect, String sql) {
        try {
            if (dialect == ParityDialect.SQLSERVER && sql.strip().equalsIgnoreCase("begin transaction")) {
                return;
            }
            Matcher filtered = FILTERED_INDEX.matcher(sql.strip());
            if (filtered.matches()) {
                parse("create unique index " + filtered.group(1));
                CCJSqlParserUtil.parseCondExpression(filtered.group(2));
            } else {
                parse(dialect == ParityDialect.ORACLE ? oracleParts(sql) : sql);
            }
        } catch (JSQLParserException e) {
            throw new AssertionError("JSqlParser rejects this " + dialect + " statement: " + message(e) + "\n" + sql, e);
        }
    }

    /** An Oracle statement with the constructs JSqlParser lacks spelled as it parses them (see the class comment). */
    private static String oracleParts(String sql) {
        return IS_JSON.matcher(RAW_TYPE.matcher(sql).replaceAll("$1" + RAW + "$2")).replaceAll("oracle_is_json($1)");
    }

    private void read(String sql) throws JSQLParserException {
        Matcher filtered = FILTERED_INDEX.matcher(sql.strip());
        if (filtered.matches()) {
            CreateIndex index = (CreateIndex) parse("create unique index " + filtered.group(1));
            Expression condition = CCJSqlParserUtil.parseCondExpression(filtered.group(2));
            createIndex(index, filter(condition));
            return;
        }
        Statement statement = parse(dialect == ParityDialect.ORACLE ? oracleParts(sql) : sql);
        if (statement instanceof CreateTable create) {
            createTable(create);
        } else if (statement instanceof Alter alter) {
            alter(alter);
        } else if (statement instanceof CreateIndex index) {
            createIndex(index, "");
        } else if (statement instanceof CreateSequence create) {
            createSequence(create.getSequence());
        } else if (statement instanceof Comment || statement instanceof Insert insert && table(insert.getTable()) != null) {
            // comments and the rows of table generators are no facts of the catalog
        } else if (!isProcedureCall(statement)) {
            throw new AssertionError("a " + statement.getClass().getSimpleName() + " statement is no part of a create script");
        }
    }

    private void createTable(CreateTable create) {
        String name = tableName(create.getTable());
        if (tables.containsKey(name)) {
            throw new AssertionError("table " + name + " is created twice");
        }
        ParsedTable table = new ParsedTable(name);
        tables.put(name, table);
        for (ColumnDefinition definition : create.getColumnDefinitions()) {
            String column = name(definition.getColumnName());
            List<String> specs = definition.getColumnSpecs() == null ? List.of()
                    : definition.getColumnSpecs().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
            String type = definition.getColDataType().getDataType();
            List<String> arguments = definition.getColDataType().getArgumentsStringList();
            if (arguments != null && !arguments.isEmpty()) {
                type += "(" + String.join(",", arguments) + ")";
            }
            boolean notNull = String.join(" ", specs).contains("not null");
            table.addColumn(column, new ParsedTable.ParsedColumn(ParsedTypes.of(dialect, type), notNull, specs.contains("identity")));
            if (specs.contains("unique")) {
                table.addUnique(List.of(column), "");
            }
            if (String.join(" ", specs).contains("primary key")) {
                table.primaryKey.add(column);
            }
            table.checks += (int) specs.stream().filter("check"::equals).count();
            if (specs.contains("references")) {
                throw new AssertionError("an inline foreign key: neither Hibernate nor ModelDoc writes one");
            }
        }
        for (Index index : create.getIndexes() == null ? List.<Index>of() : create.getIndexes()) {
            constraint(table, index);
        }
    }

    /** A table constraint, in CREATE TABLE or added by ALTER TABLE. */
    private void constraint(ParsedTable table, Index index) {
        if (index instanceof CheckConstraint) {
            table.checks++;
        } else if (index instanceof ForeignKeyIndex key) {
            List<String> columns = names(key.getColumnsNames());
            table.requireColumns(columns);
            List<String> referenced = key.getReferencedColumnNames() == null ? List.of() : names(key.getReferencedColumnNames());
            String onDelete = key.getOnDeleteReferenceOption() == null ? ""
                    : " on delete " + key.getOnDeleteReferenceOption().toLowerCase(Locale.ROOT);
            table.foreignKeys.add(new ParsedTable.ForeignKey(columns, tableName(key.getTable()), referenced,
                    onDelete.equals(" on delete no action") || onDelete.equals(" on delete restrict") ? "" : onDelete));
        } else if ("primary key".equalsIgnoreCase(index.getType())) {
            table.requireColumns(names(index.getColumnsNames()));
            table.primaryKey.addAll(names(index.getColumnsNames()));
        } else if ("unique".equalsIgnoreCase(index.getType())) {
            table.addUnique(names(index.getColumnsNames()), "");
        } else {
            throw new AssertionError("a table constraint ScriptCatalog does not know: " + index);
        }
    }

    private void alter(Alter alter) {
        ParsedTable table = existing(alter.getTable());
        for (AlterExpression change : alter.getAlterExpressions()) {
            if (change.getOperation() != AlterOperation.ADD) {
                throw new AssertionError("a create script changes a table only by adding constraints: " + change);
            }
            if (change.getIndex() != null) {
                constraint(table, change.getIndex());
            } else if (change.getUkColumns() != null) {
                table.addUnique(names(change.getUkColumns()), "");
            } else {
                throw new AssertionError("an alter table of a create script that adds no constraint: " + change);
            }
        }
    }

    private void createIndex(CreateIndex create, String filter) {
        ParsedTable table = existing(create.getTable());
        List<String> columns = new ArrayList<>();
        for (Index.ColumnParams column : create.getIndex().getColumns()) {
            List<String> params = column.getParams() == null ? List.of() : column.getParams();
            boolean descending = params.stream().anyMatch("desc"::equalsIgnoreCase);
            columns.add(name(column.getColumnName()) + (descending ? " desc" : ""));
        }
        table.requireColumns(columns.stream().map(c -> c.replace(" desc", "")).toList());
        if ("unique".equalsIgnoreCase(create.getIndex().getType())) {
            table.addUnique(columns, filter);
        } else {
            table.indexes.add(String.join(", ", columns));
        }
    }

    /** A filtered index's condition as a fact: {@code a is not null and b is not null}, terms sorted. */
    private String filter(Expression condition) {
        TreeSet<String> columns = new TreeSet<>();
        for (String term : condition.toString().split("(?i)\\s+and\\s+")) {
            Matcher notNull = NOT_NULL_TERM.matcher(term);
            if (!notNull.matches()) {
                throw new AssertionError("a filtered index condition other than 'c is not null and ...': " + condition);
            }
            columns.add(name(notNull.group(1)));
        }
        return String.join(" and ", columns.stream().map(c -> c + " is not null").toList());
    }

    private void createSequence(Sequence sequence) {
        long start = 1;
        long increment = 1;
        for (Sequence.Parameter parameter : sequence.getParameters() == null ? List.<Sequence.Parameter>of() : sequence.getParameters()) {
            String text = parameter.formatParameter().toLowerCase(Locale.ROOT);
            if (text.startsWith("start with")) {
                start = parameter.getValue();
            } else if (text.startsWith("increment by")) {
                increment = parameter.getValue();
            }
        }
        sequences.add("sequence " + qualifiedName(sequence.getFullyQualifiedName()) + " start=" + start + " increment=" + increment);
    }

    /** {@code exec} of the procedures that create schemas and set comments, alone or under {@code if}. */
    private static boolean isProcedureCall(Statement statement) {
        if (statement instanceof IfElseStatement branch) {
            return isProcedureCall(branch.getIfStatement())
                    && (branch.getElseStatement() == null || isProcedureCall(branch.getElseStatement()));
        }
        return statement instanceof Execute execute && PROCEDURE.matcher(execute.getName()).matches();
    }

    private ParsedTable existing(Table name) {
        ParsedTable table = table(name);
        if (table == null) {
            throw new AssertionError("table " + tableName(name) + " is used before a statement creates it");
        }
        return table;
    }

    private ParsedTable table(Table name) {
        return tables.get(tableName(name));
    }

    private String tableName(Table table) {
        return qualifiedName(table.getFullyQualifiedName());
    }

    /** A dotted name, each part folded: {@code tables_billing.invoice}. */
    private String qualifiedName(String written) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (char c : written.toCharArray()) {
            if (quote == 0 && (c == '"' || c == '[')) {
                quote = c == '[' ? ']' : '"';
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && c == '.') {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return String.join(".", parts.stream().map(this::name).toList());
    }

    private List<String> names(List<String> written) {
        return written.stream().map(this::name).toList();
    }

    /** One identifier as the database keeps it, in the case facts use. */
    String name(String written) {
        String bare = written.strip();
        boolean quoted = bare.length() > 1 && (bare.startsWith("\"") && bare.endsWith("\"") || bare.startsWith("[") && bare.endsWith("]"));
        if (quoted) {
            bare = bare.substring(1, bare.length() - 1);
        }
        // Oracle keeps a quoted name's case, and folds others to capitals: only an all-capital quoted name meets them.
        if (dialect == ParityDialect.ORACLE && quoted && !bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return '"' + bare + '"';
        }
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String message(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
