package io.modeldoc.processor.doc;

import java.util.List;

/** Risk Assessment: one finished bullet per risk, split into the template's two groups. */
public record RiskSection(List<String> technical, List<String> business) {

    public RiskSection {
        technical = List.copyOf(technical);
        business = List.copyOf(business);
    }
}
