package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code hibernate} naming style: Hibernate ORM's hashed {@code FK…}, {@code UK…} and
 * {@code IDX…} names, so that scripts fit databases Hibernate created. A name is the prefix and the
 * MD5 of {@code table`T`[references`R`]column`c`…} (columns in canonical order) in base 35.
 * Where Hibernate leaves a unique constraint unnamed (inline, on PostgreSQL and H2), so does this.
 */
public final class HibernateConstraintNamer implements ConstraintNamer {

    private final Dialect dialect;

    public HibernateConstraintNamer(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String foreignKey(Table table, ForeignKey foreignKey) {
        return foreignKey.name().isEmpty()
                ? "FK" + hash("table`" + table.name() + "`references`" + foreignKey.referencedTable() + "`", foreignKey.columns())
                : foreignKey.name();
    }

    @Override
    public String uniqueKey(Table table, UniqueKey uniqueKey) {
        if (!uniqueKey.name().isEmpty()) {
            return uniqueKey.name();
        }
        if (dialect.uniqueKeysInCreateTable()) {
            return "";
        }
        // Hibernate names a natural id's key after a marker column, whatever columns it holds.
        List<String> columns = uniqueKey.naturalId() ? List.of("_NaturalID") : uniqueKey.columns();
        // A set's collection-table key is hashed from its owner's table name (Hibernate's Set mapping names it so).
        String namedAfter = uniqueKey.namedAfter().isEmpty() ? table.name() : uniqueKey.namedAfter();
        return "UK" + hash("table`" + namedAfter + "`", columns);
    }

    @Override
    public String index(Table table, Index index) {
        return index.name().isEmpty()
                ? (index.unique() ? "UX" : "IDX") + hash("table`" + table.name() + "`", index.columns().stream().map(Index.IndexColumn::name).toList())
                : index.name();
    }

    /** Hibernate's {@code NamingHelper}: the columns sorted by canonical (lower-case unless quoted) name. */
    static String hash(String prefix, List<String> columns) {
        StringBuilder text = new StringBuilder(prefix);
        columns.stream().sorted(Comparator.comparing(HibernateConstraintNamer::canonical))
                .forEach(column -> text.append("column`").append(column).append('`'));
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, digest).toString(35);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private static String canonical(String name) {
        return name.startsWith("\"") || name.startsWith("`") ? name : name.toLowerCase(Locale.ROOT);
    }
}
