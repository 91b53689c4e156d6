package io.modeldoc.processor.parity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as written in an Oracle or SQL Server script, turned into the part of a {@link Catalog} fact the
 * database would report: {@code type=varchar2 ... length=255 char}, {@code type=number ... precision=19 scale=0},
 * {@code type=datetime2 ... fraction=7}. Only what the database itself treats as the same type is made equal: a
 * synonym it stores under another name ({@code integer} is Oracle's {@code number(38,0)}), a size left to its default
 * ({@code time} is SQL Server's {@code time(7)}, {@code varchar2(n)} counts bytes unless told otherwise).
 */
final class ParsedTypes {

    /** {@code name}, then an optional {@code (arguments)}, then words such as {@code with time zone}. */
    private static final Pattern TYPE = Pattern.compile("([a-z_][a-z0-9_ ]*?)\\s*(?:\\(([^)]*)\\)\\s*([a-z ]*))?");

    /** Whole types the database stores as another. */
    private static final Map<String, String> ORACLE_SYNONYMS = Map.of(
            "integer", "number(38,0)", "int", "number(38,0)", "smallint", "number(38,0)",
            "double precision", "float(126)", "real", "float(63)", "sys.xmltype", "xmltype");
    private static final Map<String, String> SQLSERVER_SYNONYMS = Map.of(
            "integer", "int", "double precision", "float(53)", "real", "float(24)", "float", "float(53)",
            "rowversion", "timestamp");
    /** Type names the database stores as another, whatever their size. */
    private static final Map<String, String> ORACLE_NAMES = Map.of("decimal", "number", "numeric", "number");
    private static final Map<String, String> SQLSERVER_NAMES = Map.of("dec", "decimal", "character", "char",
            "character varying", "varchar");

    private ParsedTypes() {
    }

    /** The type part of a column fact, {@code type=... [length=...|precision=... scale=...|fraction=...]}, without nullability. */
    static Sized of(ParityDialect dialect, String written) {
        String type = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s*([(),])\\s*", "$1").strip();
        Map<String, String> synonyms = dialect == ParityDialect.ORACLE ? ORACLE_SYNONYMS : SQLSERVER_SYNONYMS;
        type = synonyms.getOrDefault(type, type);
        Matcher parts = TYPE.matcher(type);
        if (!parts.matches()) {
            throw new AssertionError("a column type ScriptCatalog cannot read: " + written);
        }
        String name = parts.group(1).strip();
        String arguments = parts.group(2);
        String suffix = parts.group(3) == null ? "" : parts.group(3).strip();
        name = (dialect == ParityDialect.ORACLE ? ORACLE_NAMES : SQLSERVER_NAMES).getOrDefault(name, name);
        String fullName = suffix.isEmpty() ? name : name + " " + suffix;
        return switch (name) {
            case "char", "varchar", "varchar2", "nchar", "nvarchar", "nvarchar2", "raw", "binary", "varbinary", ScriptCatalog.RAW ->
                    new Sized(name.equals(ScriptCatalog.RAW) ? "raw" : name, " length=" + length(dialect, name, arguments));
            case "number", "numeric", "decimal" -> new Sized(name, precision(arguments));
            case "float" -> new Sized(name, arguments == null ? "" : " precision=" + arguments);
            case "timestamp", "datetime2", "datetimeoffset", "time" -> new Sized(fullName, " fraction="
                    + (arguments == null ? defaultFraction(dialect, name) : arguments));
            default -> {
                if (arguments != null) {
                    throw new AssertionError("ScriptCatalog does not know the size of type " + written);
                }
                yield new Sized(fullName, "");
            }
        };
    }

    /** {@code 255 char}: Oracle counts bytes unless {@code char} is said, and only {@code varchar2}/{@code char} can count characters. */
    private static String length(ParityDialect dialect, String name, String arguments) {
        if (arguments == null) {
            return "1"; // both databases make a char, varchar or binary without a length one long
        }
        if (dialect == ParityDialect.ORACLE && (name.equals("varchar2") || name.equals("char"))) {
            return arguments.contains(" ") ? arguments : arguments + " byte";
        }
        return arguments;
    }

    /** {@code number(p)} has scale 0; a bare {@code number} has neither. */
    private static String precision(String arguments) {
        if (arguments == null) {
            return "";
        }
        String[] numbers = arguments.split(",");
        return " precision=" + numbers[0] + " scale=" + (numbers.length > 1 ? numbers[1] : "0");
    }

    /** The fractional digits of a time type written without them. */
    private static String defaultFraction(ParityDialect dialect, String name) {
        return dialect == ParityDialect.ORACLE ? "6" : "7"; // Oracle's timestamp, SQL Server's time types
    }

    /** The type's name as the catalog reports it, and its size attributes (each starting with a space). */
    record Sized(String name, String size) {
    }
}
