package io.modeldoc.processor.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Spring Data repository method name as the derived query it declares, by the grammar Spring Data's reference
 * documentation gives: a prefix ({@code find}, {@code read}, {@code get}, {@code query}, {@code search}, {@code stream},
 * {@code count}, {@code exists}, {@code delete}, {@code remove}), an optional subject ({@code Distinct},
 * {@code First}/{@code Top} with an optional count), {@code By}, conditions joined by {@code And} and {@code Or}, an
 * optional {@code AllIgnoreCase}, and an optional {@code OrderBy} of properties each with {@code Asc} or {@code Desc}.
 * A name Spring Data would refuse is refused here too, with the reason; property paths are resolved later, against
 * the entity ({@link PropertyPaths}).
 */
public final class DerivedQueryParser {

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|read|get|query|search|stream|count|exists|delete|remove)(\\p{Lu}.*?)??By");
    private static final Pattern LIMIT = Pattern.compile("(First|Top)(\\d*)");
    private static final Pattern ALL_IGNORE_CASE = Pattern.compile("AllIgnor(ing|e)Case");
    /** A keyword splits only where a new word follows it, so {@code Order} or {@code Android} stay whole. */
    private static final String BEFORE_WORD = "(?=(\\p{Lu}|\\P{InBASIC_LATIN}))";
    private static final Pattern ORDER_BLOCK = Pattern.compile("(?<=Asc|Desc)(?=\\p{Lu})");
    private static final Pattern ORDER_DIRECTION = Pattern.compile("(.+?)(Asc|Desc)?$");
    /** Every spelling of every keyword, longest first, so that {@code IsNotNull} wins over {@code Null}. */
    private static final List<Map.Entry<String, Keyword>> SPELLINGS = spellings();

    private DerivedQueryParser() {
    }

    /** The query a method name declares, or why Spring Data would refuse it. */
    public record Result(DerivedQuery query, String refusal) {

        static Result refused(String why) {
            return new Result(null, why);
        }

        public boolean parsed() {
            return query != null;
        }
    }

    public static Result parse(String methodName) {
        Matcher prefix = PREFIX.matcher(methodName);
        if (!prefix.find()) {
            return Result.refused("its name does not start with a query prefix (find…By, read…By, get…By, query…By, "
                    + "search…By, stream…By, count…By, exists…By, delete…By or remove…By)");
        }
        String subjectText = prefix.group(2) == null ? "" : prefix.group(2);
        DerivedQuery.Subject subject = switch (prefix.group(1)) {
            case "count" -> DerivedQuery.Subject.COUNT;
            case "exists" -> DerivedQuery.Subject.EXISTS;
            case "delete", "remove" -> DerivedQuery.Subject.DELETE;
            default -> DerivedQuery.Subject.FIND;
        };
        Matcher limit = LIMIT.matcher(subjectText);
        int rows = limit.find() ? (limit.group(2).isEmpty() ? 1 : Integer.parseInt(limit.group(2))) : 0;
        String rest = methodName.substring(prefix.end());
        Matcher ignoreAll = ALL_IGNORE_CASE.matcher(rest);
        boolean allIgnoreCase = ignoreAll.find();
        if (allIgnoreCase) {
            rest = rest.substring(0, ignoreAll.start()) + rest.substring(ignoreAll.end());
        }
        String[] predicateAndOrder = rest.split("OrderBy" + BEFORE_WORD, -1);
        if (predicateAndOrder.length > 2) {
            return Result.refused("it says OrderBy more than once");
        }
        List<List<DerivedQuery.Part>> branches = new ArrayList<>();
        if (!predicateAndOrder[0].isEmpty()) {
            for (String branch : predicateAndOrder[0].split("Or" + BEFORE_WORD, -1)) {
                List<DerivedQuery.Part> parts = new ArrayList<>();
                for (String part : branch.split("And" + BEFORE_WORD, -1)) {
                    if (part.isEmpty()) {
                        return Result.refused("a condition between And or Or names no property");
                    }
                    DerivedQuery.Part read = part(part, allIgnoreCase);
                    if (read.property().isEmpty()) {
                        return Result.refused("the condition " + part + " names no property");
                    }
                    if (read.keyword() == Keyword.UNSUPPORTED) {
                        return Result.refused("the condition " + part + " uses a keyword Spring Data JPA does not support");
                    }
                    parts.add(read);
                }
                branches.add(parts);
            }
        }
        List<DerivedQuery.Order> orders = new ArrayList<>();
        if (predicateAndOrder.length == 2) {
            for (String block : ORDER_BLOCK.split(predicateAndOrder[1])) {
                Matcher order = ORDER_DIRECTION.matcher(block);
                if (!order.find() || block.equals("Asc") || block.equals("Desc")) {
                    return Result.refused("OrderBy" + predicateAndOrder[1] + " has a direction without a property");
                }
                orders.add(new DerivedQuery.Order(order.group(1), "Desc".equals(order.group(2))));
            }
        }
        return new Result(new DerivedQuery(subject, subjectText.contains("Distinct"), rows, branches, orders), null);
    }

    private static DerivedQuery.Part part(String text, boolean allIgnoreCase) {
        boolean ignoreCase = allIgnoreCase;
        for (String suffix : List.of("IgnoringCase", "IgnoreCase")) {
            if (text.endsWith(suffix)) {
                text = text.substring(0, text.length() - suffix.length());
                ignoreCase = true;
                break;
            }
        }
        for (Map.Entry<String, Keyword> spelling : SPELLINGS) {
            if (text.endsWith(spelling.getKey())) {
                return new DerivedQuery.Part(text.substring(0, text.length() - spelling.getKey().length()), spelling.getValue(),
                        ignoreCase);
            }
        }
        return new DerivedQuery.Part(text, Keyword.EQUALS, ignoreCase);
    }

    private static List<Map.Entry<String, Keyword>> spellings() {
        List<Map.Entry<String, Keyword>> all = new ArrayList<>();
        for (Keyword keyword : Keyword.values()) {
            keyword.spellings().forEach(s -> all.add(Map.entry(s, keyword)));
        }
        all.sort(Comparator.comparingInt((Map.Entry<String, Keyword> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        return List.copyOf(all);
    }
}
