package io.modeldoc.processor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SeedOfTest {

    @Test
    void factsNameTheirSeedByTable() {
        assertThat(SeedOf.fact("column s42order3.amount7 type=integer nullable=true")).hasValue(42);
        assertThat(SeedOf.fact("fk s4_order3(owner_id) -> s4_item2(id)")).hasValue(4);
        assertThat(SeedOf.fact("table fuzz_sales.s17_t9")).hasValue(17);
        assertThat(SeedOf.fact("sequence s8order2_seq start=1 increment=50")).hasValue(8);
        assertThat(SeedOf.fact("checks s3_t5=2")).hasValue(3);
        assertThat(SeedOf.fact("table hibernate_sequences")).isEqualTo(OptionalLong.empty());
    }

    @Test
    void sqlAndSourcesNameTheirSeed() {
        assertThat(SeedOf.text("alter table if exists s13_sub5 add constraint fk foreign key (x) references s13_order1"))
                .hasValue(13);
        assertThat(SeedOf.text("create table \"S2Quoted\" (id bigint)")).hasValue(2);
        assertThat(SeedOf.source("/tmp/x/fuzz/s99/S99Order1.java:12: error")).hasValue(99);
    }
}
