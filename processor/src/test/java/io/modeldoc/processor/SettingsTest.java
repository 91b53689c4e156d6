package io.modeldoc.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsFollowTheContract() {
        List<String> problems = new ArrayList<>();
        Settings settings = Settings.parse(Map.of(), problems);

        assertThat(problems).isEmpty();
        assertThat(settings.dialects()).extracting(Dialect::name).containsExactly("postgresql");
        assertThat(settings.snakeCase()).isFalse();
        assertThat(settings.hibernateNames()).isFalse();
        assertThat(settings.validationDdl()).isTrue();
        assertThat(settings.lint()).isEqualTo("warn");
        assertThat(settings.outputDir()).isEmpty();
    }

    @Test
    void readsEveryOption() {
        List<String> problems = new ArrayList<>();
        Settings settings = Settings.parse(Map.of(
                "modeldoc.dialects", "h2, mysql",
                "modeldoc.naming", "snake_case",
                "modeldoc.constraintNames", "hibernate",
                "modeldoc.validationDdl", "off",
                "modeldoc.lint", "error",
                "modeldoc.outputDir", "docs/model",
                "modeldoc.package", "com.example",
                "other.option", "ignored"), problems);

        assertThat(problems).isEmpty();
        assertThat(settings.dialects()).extracting(Dialect::name).containsExactly("h2", "mysql");
        assertThat(settings.primaryDialect().name()).isEqualTo("h2");
        assertThat(settings.snakeCase()).isTrue();
        assertThat(settings.hibernateNames()).isTrue();
        assertThat(settings.validationDdl()).isFalse();
        assertThat(settings.lint()).isEqualTo("error");
        assertThat(settings.outputDir()).isEqualTo("docs/model");
        assertThat(settings.schemaPackage()).isEqualTo("com.example");
    }

    @Test
    void badValuesAreReportedAndReplacedByTheDefault() {
        List<String> problems = new ArrayList<>();
        Settings settings = Settings.parse(Map.of("modeldoc.lint", "loud", "modeldoc.dialects", "h2,h2"), problems);

        assertThat(problems).containsExactly(
                "[modeldoc:bad-option] Bad value 'h2,h2' for -Amodeldoc.dialects; use a comma-separated list of "
                        + "[postgresql, mysql, mariadb, h2, oracle, sqlserver] (default: postgresql).",
                "[modeldoc:bad-option] Bad value 'loud' for -Amodeldoc.lint; use one of [off, warn, error] (default: warn).");
        assertThat(settings.lint()).isEqualTo("warn");
        assertThat(settings.dialects()).extracting(Dialect::name).containsExactly("postgresql");
    }

    @Test
    void unknownModelDocOptionsAreReported() {
        List<String> problems = new ArrayList<>();
        Settings.parse(Map.of("modeldoc.dialect", "h2"), problems);

        assertThat(problems).singleElement().asString()
                .startsWith("[modeldoc:unknown-option] Unknown option -Amodeldoc.dialect; did you mean -Amodeldoc.dialects? "
                        + "ModelDoc's options are [modeldoc.dialects,");
    }

    @Test
    void anUnknownOptionFarFromEveryNameGetsNoGuess() {
        List<String> problems = new ArrayList<>();
        Settings.parse(Map.of("modeldoc.colour", "blue"), problems);

        assertThat(problems).singleElement().asString()
                .startsWith("[modeldoc:unknown-option] Unknown option -Amodeldoc.colour; ModelDoc's options are [");
    }

    @Test
    void verifyIsOffByDefaultAndOnWhenAsked() {
        List<String> problems = new ArrayList<>();
        assertThat(Settings.defaults().verify()).isFalse();
        assertThat(Settings.parse(Map.of("modeldoc.verify", "on", "modeldoc.outputDir", "docs"), problems).verify()).isTrue();
        assertThat(problems).isEmpty();
    }
}
