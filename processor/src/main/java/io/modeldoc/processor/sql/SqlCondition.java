package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A check condition read as SQL, as far as its names go: which words name columns, which are key words, function
 * names, type names or literals, and where the {@code {attribute}} placeholders are. It does not parse SQL; it reads
 * enough to tell a column name from the rest, so that a name the table does not have is found at compile time, and
 * each column is written as the dialect writes it in CREATE TABLE.
 */
public final class SqlCondition {

    /** What a piece of a condition is. */
    public enum Kind { WORD, QUOTED, PLACEHOLDER, STRING, NUMBER, SYMBOL }

    /**
     * One piece of a condition.
     *
     * @param text  as written: a quoted name without its quotes (doubled quotes made single), a placeholder without its
     *              braces, a word or symbol as is
     * @param start where it starts in the condition
     * @param end   where it ends (exclusive)
     */
    public record Token(Kind kind, String text, int start, int end) {

        /** The token as a name: a word bare, a quoted name in double quotes, any inside doubled. */
        public String name() {
            return kind == Kind.QUOTED ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }

        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    /**
     * Words that are never a column when no column has that name: SQL key words of conditions, literals, the date and
     * time fields of {@code extract} and intervals, and the type names of casts.
     */
    private static final Set<String> KEY_WORDS = Set.of(
            "and", "or", "not", "xor", "is", "null", "true", "false", "unknown", "in", "between", "symmetric", "like",
            "ilike", "similar", "to", "escape", "regexp", "rlike", "glob", "case", "when", "then", "else", "end", "exists",
            "any", "all", "some", "distinct", "from", "for", "as", "collate", "at", "time", "zone", "with", "without",
            "local", "interval", "date", "timestamp", "current_date", "current_time", "current_timestamp", "localtime",
            "localtimestamp", "sysdate", "systimestamp", "year", "month", "day", "hour", "minute", "second", "epoch",
            "leading", "trailing", "both", "div", "mod", "binary", "overlaps", "using", "nulls", "first", "last",
            "varchar", "char", "character", "varying", "nvarchar", "nchar", "text", "integer", "int", "bigint", "smallint",
            "tinyint", "numeric", "decimal", "number", "real", "double", "precision", "float", "boolean", "bool", "bit",
            "signed", "unsigned", "varchar2", "nvarchar2", "clob", "blob");

    private SqlCondition() {
    }

    /** The condition in pieces; whitespace is left out. */
    public static List<Token> tokens(String condition) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < condition.length()) {
            char c = condition.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = closing(condition, i, c);
                String inside = condition.substring(start + 1, Math.max(start + 1, i - 1));
                tokens.add(c == '\'' ? new Token(Kind.STRING, inside, start, i)
                        : new Token(Kind.QUOTED, inside.replace(String.valueOf(c) + c, String.valueOf(c)), start, i));
            } else if (c == '{' && condition.indexOf('}', i) > 0) {
                i = condition.indexOf('}', i) + 1;
                tokens.add(new Token(Kind.PLACEHOLDER, condition.substring(start + 1, i - 1).strip(), start, i));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < condition.length() && Character.isDigit(condition.charAt(i + 1))) {
                i = number(condition, i);
                tokens.add(new Token(Kind.NUMBER, condition.substring(start, i), start, i));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < condition.length() && (Character.isLetterOrDigit(condition.charAt(i))
                        || condition.charAt(i) == '_' || condition.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, condition.substring(start, i), start, i));
            } else {
                i += c == ':' && i + 1 < condition.length() && condition.charAt(i + 1) == ':' ? 2 : 1;
                tokens.add(new Token(Kind.SYMBOL, condition.substring(start, i), start, i));
            }
        }
        return tokens;
    }

    /**
     * The pieces that may name a column: every quoted name and every word, except a function's name (a word before
     * {@code (}), the prefix of a typed literal ({@code date '2024-01-31'}), the qualifier of a qualified name
     * ({@code t.} in {@code t.col}), a type after {@code as} or {@code ::}, a collation, and the field of
     * {@code extract}. Key words are among them:
     * a column may be named like one ({@code year}); {@link #isKeyWord} tells them apart from unknown names.
     */
    public static List<Token> names(String condition) {
        List<Token> tokens = tokens(condition);
        List<Token> names = new ArrayList<>();
        boolean typeFollows = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean name = token.kind() == Kind.WORD || token.kind() == Kind.QUOTED;
            if (!name) {
                typeFollows = token.isSymbol("::");
                continue;
            }
            boolean function = next != null && next.isSymbol("(");
            boolean typedLiteral = token.kind() == Kind.WORD && next != null && next.kind() == Kind.STRING;
            boolean qualifier = next != null && next.isSymbol(".");
            // extract(year from …): the field is a key word even where a column has its name
            boolean field = i >= 2 && tokens.get(i - 1).isSymbol("(") && tokens.get(i - 2).is("extract");
            if (!typeFollows && !function && !typedLiteral && !qualifier && !field) {
                names.add(token);
            }
            typeFollows = token.is("as") || token.is("collate") || typeFollows && token.kind() == Kind.WORD && !function;
        }
        return names;
    }

    /** Whether a word is a key word or type name of conditions, hence no column when no column has its name. */
    public static boolean isKeyWord(Token token) {
        return token.kind() == Kind.WORD && KEY_WORDS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /**
     * The column a name refers to: a word names the column of that name, case ignored, as unquoted names compare; a
     * quoted name the column whose name is exactly the same.
     */
    public static Optional<Column> column(Token name, List<Column> columns) {
        for (Column column : columns) {
            SqlName columnName = SqlName.of(column.name());
            boolean same = name.kind() == Kind.QUOTED ? columnName.bare().equals(name.text())
                    : columnName.bare().equalsIgnoreCase(name.text());
            if (same) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The condition with some tokens replaced; the rest of the text as written. */
    public static String replace(String condition, List<Token> tokens, Function<Token, String> replacement) {
        StringBuilder out = new StringBuilder(condition.length());
        int last = 0;
        for (Token token : tokens) {
            out.append(condition, last, token.start()).append(replacement.apply(token));
            last = token.end();
        }
        return out.append(condition.substring(last)).toString();
    }

    /**
     * A check condition as the dialect writes it, on one line: each name of one of the table's columns written as
     * CREATE TABLE writes that column (quoted where the database needs it, in its own quotes), the rest as written.
     */
    public static String written(String condition, List<Column> columns, Dialect dialect) {
        String line = SqlText.oneLine(condition);
        List<Token> rewritten = new ArrayList<>();
        List<String> spellings = new ArrayList<>();
        for (Token name : names(line)) {
            Optional<Column> column = column(name, columns);
            if (column.isPresent()) {
                String spelled = dialect.identifier(column.get().name());
                // a bare name the dialect writes bare keeps the case it was written in
                if (name.kind() == Kind.QUOTED || !spelled.equals(column.get().name())) {
                    rewritten.add(name);
                    spellings.add(spelled);
                }
            }
        }
        return replace(line, rewritten, token -> spellings.get(rewritten.indexOf(token)));
    }

    private static int closing(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static int number(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                i = exponent;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
