package io.modeldoc.processor.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
            "about 2 million orders;          2000000; true",
            "40,000 orders a month;           40000;   true",
            "1.5M rows;                       1500000; true",
            "10k customers, 3 per household;  10000;   true",
            "a few hundred lines;             -1;      true",
            "at most 500 rows;                500;     false",
            "2 bn events;                     2000000000; true",
            "'';                              -1;      true",
    })
    void readsTheRowsAVolumeSpeaksOf(String text, long rows, boolean matters) {
        assertThat(Volume.rows(text).orElse(-1)).isEqualTo(rows);
        assertThat(Volume.matters(text)).isEqualTo(matters);
    }
}
