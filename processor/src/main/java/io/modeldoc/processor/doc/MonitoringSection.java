package io.modeldoc.processor.doc;

import java.util.List;

/**
 * Monitoring &amp; Maintenance, in the template's labels ({@code Data Volume}, {@code Query Performance},
 * {@code Data Quality}; {@code Regular Cleanup}, {@code Index Maintenance}); values are escaped.
 */
public record MonitoringSection(List<LabelledValue> metrics, List<LabelledValue> maintenance) {

    public MonitoringSection {
        metrics = List.copyOf(metrics);
        maintenance = List.copyOf(maintenance);
    }
}
