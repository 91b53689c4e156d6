package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.ForeignKey;
import io.modeldoc.processor.model.Index;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.model.UniqueKey;
import java.util.function.Supplier;

/**
 * The {@code readable} naming style: {@code fk_orders_customer_id}, {@code uk_customer_email},
 * {@code idx_orders_placed_at}, shortened deterministically to the dialect's identifier limit.
 * Names the user gave are kept exactly.
 */
public final class ReadableConstraintNamer implements ConstraintNamer {

    private final int maxLength;

    /** Names fitting {@code dialect}'s identifier limit. */
    public ReadableConstraintNamer(Dialect dialect) {
        this(dialect.maxIdentifierLength());
    }

    /** Names of at most {@code maxLength} characters; more than 9 are needed. */
    public ReadableConstraintNamer(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public String foreignKey(Table table, ForeignKey foreignKey) {
        return userNameOr(foreignKey.name(), () -> Identifiers.readable("fk", table.name(), foreignKey.columns()));
    }

    @Override
    public String uniqueKey(Table table, UniqueKey uniqueKey) {
        return userNameOr(uniqueKey.name(), () -> Identifiers.readable("uk", table.name(), uniqueKey.columns()));
    }

    @Override
    public String index(Table table, Index index) {
        // A unique index apart from a plain one on the same columns (both may be declared).
        return userNameOr(index.name(), () -> Identifiers.readable(index.unique() ? "ux" : "idx", table.name(),
                index.columns().stream().map(Index.IndexColumn::name).toList()));
    }

    private String userNameOr(String given, Supplier<String> readable) {
        return given.isEmpty() ? Identifiers.fit(readable.get(), maxLength) : given;
    }
}
