package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.util.List;

/** MariaDB 10.11: MySQL's syntax, plus real sequences, a uuid type and {@code alter table if exists}. */
final class MariaDbDialect extends MySqlDialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    protected String typeName(SqlType type) {
        return type == SqlType.UUID ? "uuid" : super.typeName(type); // MariaDB has had uuid since 10.7
    }

    @Override
    public List<String> createSequence(Sequence sequence) {
        // MariaDB has sequences; Hibernate turns off their cache, which would skip values on restart
        return List.of("create sequence " + qualified(sequence.namespace(), sequence.name())
                + " start with " + sequence.initialValue() + " increment by " + sequence.allocationSize() + " nocache");
    }

    @Override
    public boolean sequencesAreTables() {
        return false; // MariaDB has sequences
    }

    @Override
    public String alterTable(String table) {
        return "alter table if exists " + table; // MariaDB supports if exists here
    }
}
