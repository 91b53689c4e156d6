package io.modeldoc.processor.doc;

/** A label and its value, both escaped: an Overview row, a Usage Patterns bullet, an integrity fact. */
public record LabelledValue(String label, String value) {
}
