package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Sequence;
import io.modeldoc.processor.model.SqlType;
import java.util.List;

/**
 * MariaDB 10.11: MySQL's syntax (so this extends {@link MySqlDialect}, as Hibernate's MariaDBDialect does), plus
 * real sequences, a uuid type, {@code alter table if exists}, column checks kept in the column, and its own words.
 */
final class MariaDbDialect extends MySqlDialect {

    private static final ReservedWords RESERVED = ReservedWords.load("mariadb.txt");

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public String productName() {
        return "MariaDB";
    }

    @Override
    public String liquibaseDbms() {
        return "mariadb";
    }

    @Override
    public boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    @Override
    protected String typeName(SqlType type) {
        return type == SqlType.UUID ? "uuid" : super.typeName(type); // MariaDB has had uuid since 10.7
    }

    @Override
    protected String nationalCharacterSet() {
        return "";
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

    @Override
    public boolean checksTravelWithColumn() {
        return true; // MariaDB keeps a column's check in its definition
    }

    @Override
    public List<String> dropSequence(Sequence sequence) {
        return List.of("drop sequence if exists " + qualified(sequence.namespace(), sequence.name()));
    }

    @Override
    public List<String> alterSequence(Sequence sequence) {
        return List.of("alter sequence " + qualified(sequence.namespace(), sequence.name()) + " increment by "
                + sequence.allocationSize());
    }

    @Override
    public String dropColumnCheck(String table, String name) {
        return alterTable(table) + " drop constraint if exists " + identifier(name);
    }

    @Override
    public int maxNumericScale() {
        return 38; // MariaDB allows more digits after the point than MySQL's 30
    }
}
