package io.modeldoc.processor.query;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves the property of a derived query ({@code CustomerAddressCity}) to attribute names ({@code customer},
 * {@code address}, {@code city}) as Spring Data does: the longest run of camel-case words that names a property comes
 * first, and the rest is resolved from that property on, backing off to shorter runs when the rest fails; {@code _}
 * separates properties explicitly.
 */
final class PropertyPaths {

    private final ModelIndex index;

    PropertyPaths(ModelIndex index) {
        this.index = index;
    }

    /** Where attribute names are looked up: an entity, inside an embedded value of it when {@code prefix} is set. */
    private record Context(Entity entity, String prefix) {
        String name(String property) {
            return prefix.isEmpty() ? property : prefix + "." + property;
        }
    }

    /** A resolved run: the attribute names, and where the next property is looked up. */
    private record Run(List<String> names, Context next) {
    }

    List<String> resolve(Entity entity, String property) {
        Context context = new Context(entity, "");
        List<String> names = new ArrayList<>();
        for (String segment : property.split("_", -1)) {
            List<String> words = words(segment);
            Run run = words.isEmpty() ? null : run(context, words, 0);
            if (run == null) {
                throw new Unanalysable("Spring Data would refuse it: " + entity.simpleName() + " has no property path "
                        + property);
            }
            names.addAll(run.names());
            context = run.next();
        }
        return names;
    }

    private Run run(Context context, List<String> words, int start) {
        for (int end = words.size(); end > start; end--) {
            for (String property : spellings(String.join("", words.subList(start, end)))) {
                String name = context.name(property);
                if (!index.hasProperty(context.entity(), name)) {
                    continue;
                }
                Optional<Relationship> relationship = index.relationship(context.entity(), name);
                Context next = relationship.flatMap(r -> index.byClass(r.target())).map(target -> new Context(target, ""))
                        .orElse(new Context(context.entity(), name));
                if (end == words.size()) {
                    return new Run(List.of(property), next);
                }
                Run rest = run(next, words, end);
                if (rest != null) {
                    List<String> names = new ArrayList<>(List.of(property));
                    names.addAll(rest.names());
                    return new Run(names, rest.next());
                }
            }
        }
        return null;
    }

    /** {@code EmailAddress} → {@code emailAddress}; {@code URL} stays {@code URL}, as a JavaBeans property would. */
    private static List<String> spellings(String text) {
        String lowered = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        return text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? List.of(text, lowered) : List.of(lowered);
    }

    /** The camel-case words: each starts at an upper-case letter. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isUpperCase(text.charAt(i))) {
                words.add(text.substring(start, i));
                start = i;
            }
        }
        return text.isEmpty() ? List.of() : words;
    }
}
