package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.sql.ConstraintNamer;
import io.modeldoc.processor.sql.Dialect;
import io.modeldoc.processor.sql.Dialects;
import io.modeldoc.processor.sql.ReadableConstraintNamer;
import io.modeldoc.processor.sql.SchemaPlanner;
import io.modeldoc.processor.sql.SqlScript;

/** The real SQL layer, as the processor calls it, for the document tests. */
final class TestSql {

    static final Dialect POSTGRESQL = Dialects.named("postgresql");
    static final Dialect MYSQL = Dialects.named("mysql");
    static final ConstraintNamer NAMER = new ReadableConstraintNamer(POSTGRESQL);

    private TestSql() {
    }

    static SqlScript script(DataModel model, Dialect dialect) {
        return new SchemaPlanner(dialect, new ReadableConstraintNamer(dialect)).plan(model);
    }
}
