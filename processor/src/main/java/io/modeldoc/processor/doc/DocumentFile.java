package io.modeldoc.processor.doc;

/**
 * A rendered document.
 *
 * @param path    relative to the {@code modeldoc/} output folder, e.g. {@code order-management.md}
 * @param content Markdown with LF line ends and one final newline
 */
public record DocumentFile(String path, String content) {
}
