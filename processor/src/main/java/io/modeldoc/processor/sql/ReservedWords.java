package io.modeldoc.processor.sql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Words each database refuses as an unquoted table or column name (its reserved key words), so a
 * mapping that uses one is caught at compile time rather than when the script runs. The PostgreSQL,
 * MariaDB and H2 lists were checked against the servers: each word fails there as a column name.
 */
public final class ReservedWords {

    private static final Set<String> POSTGRESQL = words("""
            all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate
            collation column concurrently constraint create cross current_catalog current_date current_role current_schema
            current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch
            for foreign freeze from full grant group having ilike in initially inner intersect into is isnull join lateral
            leading left like limit localtime localtimestamp natural not notnull null offset on only or order outer
            overlaps placing primary references returning right select session_user similar some symmetric table
            tablesample then to trailing true union unique user using variadic verbose when where window with""");

    private static final Set<String> H2 = words("""
            all and any array as asymmetric authorization between case cast check constraint cross current_catalog
            current_date current_path current_role current_schema current_time current_timestamp current_user day default
            distinct else end except exists false fetch for foreign from full group having hour if in inner intersect
            interval is join key left like limit localtime localtimestamp minus minute month natural not null offset on or
            order primary qualify right row rownum second select session_user set some symmetric system_user table to true
            uescape union unique unknown user using value values when where window with year _rowid_""");

    private static final Set<String> MYSQL = words("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade
            case change char character check collate column condition constraint continue convert create cross cube
            cume_dist current_date current_time current_timestamp current_user cursor database databases day_hour
            day_microsecond day_minute day_second dec decimal declare default delayed delete dense_rank desc describe
            deterministic distinct distinctrow div double drop dual each else elseif empty enclosed escaped except exists
            exit explain false fetch first_value float float4 float8 for force foreign from fulltext function generated get
            grant group grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore in index
            infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into io_after_gtids
            io_before_gtids is iterate join json_table key keys kill lag last_value lateral lead leading leave left like
            limit linear lines load localtime localtimestamp lock long longblob longtext loop low_priority master_bind
            master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext middleint minute_microsecond
            minute_second mod modifies natural not no_write_to_binlog nth_value ntile null numeric of on optimize
            optimizer_costs option optionally or order out outer outfile over partition percent_rank precision primary
            procedure purge range rank read read_write reads real recursive references regexp release rename repeat
            replace require resignal restrict return revoke right rlike row row_number rows schema schemas
            second_microsecond select sensitive separator set show signal smallint spatial specific sql sql_big_result
            sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting stored straight_join system
            table terminated then tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned
            update usage use using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying virtual
            when where while window with write xor year_month zerofill""");

    private static final Set<String> MARIADB = words("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call cascade
            case change char character check collate column condition constraint continue convert create cross
            current_date current_role current_time current_timestamp current_user cursor databases day_hour
            day_microsecond day_minute day_second dec decimal declare default delayed delete delete_domain_id desc
            describe deterministic distinct distinctrow div do_domain_ids double drop dual each else elseif enclosed
            escaped except exists exit explain false fetch float float4 float8 for force foreign from fulltext grant group
            having high_priority hour_microsecond hour_minute hour_second if ignore ignore_domain_ids in index infile
            inner inout insensitive insert int int1 int2 int3 int4 int8 integer intersect interval into is iterate join
            key keys kill leading leave left like limit linear lines load localtime localtimestamp lock long longblob
            longtext loop low_priority master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext
            middleint minute_microsecond minute_second mod modifies natural not no_write_to_binlog null numeric offset on
            optimize optionally or order out outer outfile over page_checksum parse_vcol_expr partition precision primary
            procedure purge range read read_write reads real recursive ref_system_id references regexp release rename
            repeat replace require resignal restrict return returning revoke right rlike row_number rows schemas
            second_microsecond select sensitive separator set show signal smallint spatial specific sql sql_big_result
            sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting stats_auto_recalc
            stats_persistent stats_sample_pages straight_join table terminated then tinyblob tinyint tinytext to trailing
            trigger true undo union unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values
            varbinary varchar varcharacter varying when where while with write xor year_month zerofill""");

    private static final Map<String, Set<String>> BY_DIALECT = Map.of(
            "postgresql", POSTGRESQL, "h2", H2, "mysql", MYSQL, "mariadb", MARIADB);

    private ReservedWords() {
    }

    /** Whether {@code name}, unquoted, is a reserved word of the dialect; quoted names never are. */
    public static boolean isReserved(String dialect, String name) {
        if (name.startsWith("\"") || name.startsWith("`")) {
            return false;
        }
        return BY_DIALECT.getOrDefault(dialect, Set.of()).contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String list) {
        return new TreeSet<>(Arrays.asList(list.trim().split("\\s+")));
    }
}
