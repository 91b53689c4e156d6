package io.modeldoc.processor.doc;

import java.util.List;

/** Dependencies: the systems the feature's data comes from and goes to, one escaped bullet each. */
public record DependenciesSection(List<String> upstream, List<String> downstream) {

    public DependenciesSection {
        upstream = List.copyOf(upstream);
        downstream = List.copyOf(downstream);
    }
}
