package io.modeldoc.processor.parity;

import java.util.List;

/**
 * One parity run's settings, the same on both sides: ModelDoc's {@code -A} options and Hibernate's configuration.
 *
 * @param dialect        the script's dialect
 * @param naming         {@code modeldoc.naming}
 * @param validationDdl  {@code modeldoc.validationDdl}: whether Bean Validation shapes the DDL
 */
public record ParitySettings(ParityDialect dialect, NamingMode naming, boolean validationDdl) {

    /** The contract's defaults for one dialect: {@code jpa} naming, validation DDL on. */
    public static ParitySettings defaults(String dialect) {
        return new ParitySettings(ParityDialect.of(dialect), NamingMode.JPA, true);
    }

    public static ParitySettings of(String dialect, String naming, boolean validationDdl) {
        return new ParitySettings(ParityDialect.of(dialect), NamingMode.of(naming), validationDdl);
    }

    public ParitySettings withNaming(NamingMode value) {
        return new ParitySettings(dialect, value, validationDdl);
    }

    public ParitySettings withValidationDdl(boolean value) {
        return new ParitySettings(dialect, naming, value);
    }

    /** The processor options that ask ModelDoc for the same script ({@code modeldoc.dialects=h2}, ...), without {@code -A}. */
    public List<String> processorOptions() {
        return List.of(
                "modeldoc.dialects=" + dialect.option(),
                "modeldoc.naming=" + naming.option(),
                "modeldoc.validationDdl=" + (validationDdl ? "on" : "off"));
    }

    /** A short label for reports: {@code h2} for the defaults, {@code h2 snake_case validationDdl=off} otherwise. */
    public String label() {
        StringBuilder label = new StringBuilder(dialect.option());
        if (naming != NamingMode.JPA) {
            label.append(' ').append(naming.option());
        }
        if (!validationDdl) {
            label.append(" validationDdl=off");
        }
        return label.toString();
    }
}
