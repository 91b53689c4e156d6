package io.modeldoc.processor.sql;

import io.modeldoc.processor.model.Namespace;

/** H2 2.3. */
final class H2Dialect extends BaseDialect {

    /** H2's largest character and binary string; longer ones become LOBs, as in Hibernate. */
    private static final int MAX_STRING_LENGTH = 1_048_576;

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public int maxIdentifierLength() {
        return 256; // H2 accepts longer names; this keeps them readable
    }

    @Override
    protected String varcharType(int length) {
        return length > MAX_STRING_LENGTH ? "clob" : super.varcharType(length);
    }

    @Override
    protected String varbinaryType(int length) {
        return length > MAX_STRING_LENGTH ? "blob" : super.varbinaryType(length);
    }

    @Override
    public String indexName(Namespace tableNamespace, String name) {
        // An index lives in a schema in H2; Hibernate names the table's, or the index would land in PUBLIC.
        return qualified(tableNamespace, name);
    }

    @Override
    protected boolean nativeEnums() {
        return true; // Hibernate's H2Dialect uses H2's enum type
    }
}
