package io.modeldoc.processor.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deviations from Hibernate listed in {@code docs/deviations-from-hibernate.md} that show in a parsed catalog,
 * each applied once to Hibernate's catalog so that the comparison holds ModelDoc to everything else. Each counts the
 * facts it changed, so a report can say how many it accounts for.
 */
final class ParsedDeviations {

    private ParsedDeviations() {
    }

    /** Hibernate's catalog with the listed deviations of {@code dialect} applied, and how many facts they changed. */
    static Applied apply(ParityDialect dialect, Catalog hibernate) {
        if (dialect != ParityDialect.ORACLE) {
            return new Applied(hibernate, 0);
        }
        // "Oracle has no catalogs": Hibernate writes catalog.schema.table, which Oracle refuses; ModelDoc drops the catalog.
        Map<String, String> renamed = new TreeMap<>();
        for (String fact : hibernate.facts()) {
            if (fact.startsWith("table ") && fact.substring("table ".length()).split("\\.").length == 3) {
                String name = fact.substring("table ".length());
                renamed.put(name, name.substring(name.indexOf('.') + 1));
            }
        }
        List<String> facts = new ArrayList<>();
        int changed = 0;
        for (String fact : hibernate.facts()) {
            String applied = fact;
            for (Map.Entry<String, String> name : renamed.entrySet()) {
                applied = applied.replace(" " + name.getKey() + ".", " " + name.getValue() + ".")
                        .replace(" " + name.getKey() + "(", " " + name.getValue() + "(")
                        .replace(" " + name.getKey() + "=", " " + name.getValue() + "=");
                if (applied.equals("table " + name.getKey())) {
                    applied = "table " + name.getValue();
                }
            }
            changed += applied.equals(fact) ? 0 : 1;
            facts.add(applied);
        }
        return new Applied(Catalog.of(facts), changed);
    }

    /** A catalog with deviations applied, and the number of facts they changed. */
    record Applied(Catalog catalog, int changed) {
    }
}
