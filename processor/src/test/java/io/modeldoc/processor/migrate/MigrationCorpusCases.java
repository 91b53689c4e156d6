package io.modeldoc.processor.migrate;

/** Looks a corpus case up by name. */
final class MigrationCorpusCases {

    private MigrationCorpusCases() {
    }

    static MigrationCorpus.Case named(String name) {
        return MigrationCorpus.cases().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus case " + name));
    }
}
