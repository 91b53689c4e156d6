package io.modeldoc.processor.output;

import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Origin;
import io.modeldoc.processor.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Problem} as one line of the {@link OutputRecord} and back, for a later build to report again: its message
 * by name, its origin and its arguments, each field tab-separated and {@link #escaped}. Numbers keep their type, as
 * {@code %d} needs.
 */
final class ProblemLine {

    private ProblemLine() {
    }

    static String write(Problem problem) {
        List<String> fields = new ArrayList<>();
        fields.add(problem.message().name());
        fields.add(problem.origin().type());
        fields.add(problem.origin().member());
        fields.add(problem.origin().value());
        for (Object arg : problem.args()) {
            fields.add(arg instanceof Integer ? "i:" + arg : arg instanceof Long ? "l:" + arg : "s:" + arg);
        }
        return String.join("\t", fields.stream().map(ProblemLine::escaped).toList());
    }

    /** The problem of a line {@link #write} wrote; empty for anything else (a message since renamed, say). */
    static Optional<Problem> read(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 4) {
            return Optional.empty();
        }
        try {
            Message message = Message.valueOf(unescaped(fields[0]));
            List<Object> args = new ArrayList<>();
            for (int i = 4; i < fields.length; i++) {
                String arg = unescaped(fields[i]);
                if (arg.startsWith("i:")) {
                    args.add(Integer.valueOf(arg.substring(2)));
                } else if (arg.startsWith("l:")) {
                    args.add(Long.valueOf(arg.substring(2)));
                } else if (arg.startsWith("s:")) {
                    args.add(arg.substring(2));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new Problem(message, new Origin(unescaped(fields[1]), unescaped(fields[2]), unescaped(fields[3])),
                    args));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The qualified name of the type a line's problem is about, without reading the rest of the line. */
    static String type(String line) {
        String[] fields = line.split("\t", 3);
        return fields.length < 3 ? "" : unescaped(fields[1]);
    }

    /**
     * Text on one line, tabs included: backslashes doubled, tabs and line ends as {@code \\t}, {@code \\n}, {@code \\r}.
     */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
