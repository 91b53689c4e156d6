package io.modeldoc.processor.doc;

import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.ExternalEntity;
import io.modeldoc.processor.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Says an association in plain words: "Each purchase order belongs to exactly one
 * [Customer](customers.md#customer) (many-to-one, owning side, column `customer_id`, fetched lazily)."
 */
final class RelationshipSentences {

    private final ModelLookup lookup;

    RelationshipSentences(ModelLookup lookup) {
        this.lookup = lookup;
    }

    String sentence(Entity source, Relationship r) {
        Entity target = lookup.entity(r.target());
        String targetName = target == null ? AttributeConstraints.simpleName(r.target()) : target.simpleName();
        ExternalEntity external = lookup.external(r.target());
        String link = target != null ? lookup.entityLink(source.featureSlug(), target)
                : external != null ? lookup.externalLink(external, Markdown.inline(targetName)) : Markdown.inline(targetName);
        String plural = target != null ? pluralLink(source, target)
                : external != null ? lookup.externalLink(external, Markdown.inline(Words.plural(targetName)))
                : Markdown.inline(Words.plural(targetName));
        String claim = switch (r.cardinality()) {
            case MANY_TO_ONE -> "belongs to " + howMany(r) + link;
            case ONE_TO_ONE -> "has " + howMany(r) + link;
            case ONE_TO_MANY -> "has zero or more " + plural;
            case MANY_TO_MANY -> "is linked to zero or more " + plural;
        };
        List<String> facts = new ArrayList<>();
        facts.add(r.cardinality().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        facts.addAll(mapping(r, target));
        source.attributes().stream().filter(a -> a.name().equals(r.attribute()) && !a.mapKey().isEmpty()).findFirst()
                .ifPresent(a -> facts.add("keyed by " + String.join(", ", a.mapKey().stream().map(Markdown::code).toList())));
        identity(source, r, targetName).ifPresent(facts::add);
        fetch(r).ifPresent(facts::add);
        List<String> clauses = new ArrayList<>();
        clauses.add(String.join(", ", facts));
        String targetNoun = Words.noun(targetName);
        if (!r.cascade().isEmpty()) {
            clauses.add(cascade(r, targetNoun));
        }
        if (r.orphanRemoval()) {
            clauses.add(r.cardinality().toOne()
                    ? "an orphaned " + targetNoun + " is deleted"
                    : "orphaned " + Words.plural(targetNoun) + " are deleted");
        }
        return "Each " + Words.noun(source.simpleName()) + " " + claim + " (" + String.join("; ", clauses) + ").";
    }

    private static String howMany(Relationship r) {
        return r.optional() ? "at most one " : "exactly one ";
    }

    /** {@code [OrderLine](#orderline)s} when the plural is regular, else {@code [Categories](#category)}. */
    private String pluralLink(Entity source, Entity target) {
        String plural = Words.plural(target.simpleName());
        String where = lookup.entityTarget(source.featureSlug(), target);
        return plural.equals(target.simpleName() + "s")
                ? Markdown.link(Markdown.inline(target.simpleName()), where) + "s"
                : Markdown.link(Markdown.inline(plural), where);
    }

    /** Which side owns the association, and where its key lives. */
    private List<String> mapping(Relationship r, Entity target) {
        List<String> facts = new ArrayList<>();
        if (!r.owning()) {
            if (!r.mappedBy().isBlank()) {
                String owner = (target == null ? AttributeConstraints.simpleName(r.target()) : target.simpleName());
                facts.add("mapped by " + Markdown.code(owner + "." + r.mappedBy()));
            }
            return facts;
        }
        facts.add("owning side");
        if (!r.joinTable().isBlank()) {
            facts.add("join table " + Markdown.code(lookup.qualifiedTable(r.joinTable())));
        } else if (!r.joinColumns().isEmpty()) {
            String columns = (r.joinColumns().size() == 1 ? "column " : "columns ")
                    + String.join(", ", r.joinColumns().stream().map(Markdown::code).toList());
            // A to-many owning side without a join table keeps its key in the target's table.
            boolean elsewhere = !r.cardinality().toOne() && target != null;
            facts.add(elsewhere ? columns + " in " + Markdown.code(lookup.qualifiedTable(target.table())) : columns);
        }
        return facts;
    }

    /**
     * How the association shapes the entity's primary key: "shares its primary key with Customer"
     * when its join columns are the whole key, "part of the primary key" when they are some of it.
     */
    private Optional<String> identity(Entity source, Relationship r, String targetName) {
        if (r.primaryKeyJoin()) {
            return Optional.of("joined on the primary keys, with no column or foreign key of its own");
        }
        if (!r.identifying()) {
            return Optional.empty();
        }
        TableFacts table = lookup.table(source.table());
        boolean whole = table != null && table.table().primaryKey().size() == r.joinColumns().size();
        return Optional.of(whole ? "shares its primary key with " + targetName : "part of the primary key");
    }

    private static Optional<String> fetch(Relationship r) {
        return switch (r.fetch().toUpperCase(Locale.ROOT)) {
            case "LAZY" -> Optional.of("fetched lazily");
            case "EAGER" -> Optional.of("fetched eagerly");
            default -> Optional.empty();
        };
    }

    /** {@code persist and remove cascade to the order lines}; ALL reads as every operation. */
    private static String cascade(Relationship r, String targetNoun) {
        String to = " to the " + (r.cardinality().toOne() ? targetNoun : Words.plural(targetNoun));
        if (r.cascade().stream().anyMatch(c -> c.equalsIgnoreCase("ALL"))) {
            return "every operation cascades" + to;
        }
        List<String> operations = r.cascade().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        return Words.series(operations) + (operations.size() == 1 ? " cascades" : " cascade") + to;
    }
}
