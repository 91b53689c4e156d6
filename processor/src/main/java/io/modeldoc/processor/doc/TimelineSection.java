package io.modeldoc.processor.doc;

import java.util.List;

/** Implementation Timeline: one checklist per phase of {@code @Timeline}, its text escaped. */
public record TimelineSection(List<Phase> phases) {

    public TimelineSection {
        phases = List.copyOf(phases);
    }

    /**
     * @param heading the phase's name, with its time in parentheses when stated
     * @param tasks   each task's text, escaped, and whether it is done
     */
    public record Phase(String heading, List<Task> tasks) {
        public Phase {
            tasks = List.copyOf(tasks);
        }
    }

    public record Task(String text, boolean done) {
    }
}
