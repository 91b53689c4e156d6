package io.modeldoc.processor.model;

import java.util.List;

/**
 * One phase of a feature's delivery, from {@code @Timeline}.
 *
 * @param when  as written, e.g. {@code Week 1-2}; empty when not said
 * @param tasks the tasks done first, then those still to do
 */
public record TimelinePhase(String name, String when, List<Task> tasks) {

    public TimelinePhase {
        tasks = List.copyOf(tasks);
    }

    /** A task of a phase, and whether it is done. */
    public record Task(String text, boolean done) {
    }
}
