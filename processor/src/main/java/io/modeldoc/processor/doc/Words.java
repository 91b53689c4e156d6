package io.modeldoc.processor.doc;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small English helpers for the sentences the document writes about the model. */
final class Words {

    private static final Pattern SPACES = Pattern.compile(" +");

    private Words() {
    }

    /** {@code PurchaseOrder} → {@code purchase order}; {@code URLLink} → {@code url link}. */
    static String noun(String simpleName) {
        StringBuilder out = new StringBuilder(simpleName.length() + 4);
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(simpleName.charAt(i - 1))
                    || (i + 1 < simpleName.length() && Character.isLowerCase(simpleName.charAt(i + 1))));
            if (boundary) {
                out.append(' ');
            }
            out.append(c == '_' || c == '$' ? ' ' : c);
        }
        return SPACES.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The regular English plural: {@code line} → {@code lines}, {@code category} → {@code categories}. */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + (Character.isUpperCase(word.charAt(word.length() - 1)) ? "IES" : "ies");
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String series(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** {@code n} followed by the noun, pluralised unless {@code n} is 1. */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : plural(noun));
    }
}
