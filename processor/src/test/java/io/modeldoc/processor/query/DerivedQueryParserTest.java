package io.modeldoc.processor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Method names and what they declare, written as {@code subject [distinct] [limit n] : branch | branch : orders}, each
 * branch the parts {@code property keyword [ic]} joined by {@code &}. The rows follow the keyword table and the
 * subject rules of Spring Data's reference documentation.
 */
class DerivedQueryParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "findByEmail;                                 FIND : Email EQUALS :",
            "readByEmailIs;                               FIND : Email EQUALS :",
            "getByEmailEquals;                            FIND : Email EQUALS :",
            "queryByEmailAndStatus;                       FIND : Email EQUALS & Status EQUALS :",
            "searchByEmailOrPhone;                        FIND : Email EQUALS | Phone EQUALS :",
            "streamAllByStatus;                           FIND : Status EQUALS :",
            "findByEmailAndStatusOrderByPlacedAtDesc;     FIND : Email EQUALS & Status EQUALS : PlacedAt desc",
            "findByStatusOrderByPlacedAtDescIdAsc;        FIND : Status EQUALS : PlacedAt desc, Id asc",
            "findByStatusOrderByPlacedAt;                 FIND : Status EQUALS : PlacedAt asc",
            "findDistinctPeopleByLastname;                FIND distinct : Lastname EQUALS :",
            "findTop10ByStatus;                           FIND limit 10 : Status EQUALS :",
            "findFirstByOrderByPlacedAtDesc;              FIND limit 1 : : PlacedAt desc",
            "findTopByStatus;                             FIND limit 1 : Status EQUALS :",
            "findDistinctTop3ByStatus;                    FIND distinct limit 3 : Status EQUALS :",
            "countByStatus;                               COUNT : Status EQUALS :",
            "existsByEmail;                               EXISTS : Email EQUALS :",
            "deleteByPlacedAtBefore;                      DELETE : PlacedAt BEFORE :",
            "removeByStatusIn;                            DELETE : Status IN :",
            "findByStatusNot;                             FIND : Status NOT :",
            "findByStatusIsNot;                           FIND : Status NOT :",
            "findByNameLike;                              FIND : Name LIKE :",
            "findByNameNotLike;                           FIND : Name NOT_LIKE :",
            "findByNameContaining;                        FIND : Name CONTAINING :",
            "findByNameContains;                          FIND : Name CONTAINING :",
            "findByNameStartingWith;                      FIND : Name STARTING_WITH :",
            "findByNameStartsWith;                        FIND : Name STARTING_WITH :",
            "findByNameEndingWith;                        FIND : Name ENDING_WITH :",
            "findByTotalBetween;                          FIND : Total BETWEEN :",
            "findByTotalLessThan;                         FIND : Total LESS_THAN :",
            "findByTotalLessThanEqual;                    FIND : Total LESS_THAN_EQUAL :",
            "findByTotalGreaterThan;                      FIND : Total GREATER_THAN :",
            "findByTotalIsGreaterThanEqual;               FIND : Total GREATER_THAN_EQUAL :",
            "findByPlacedAtAfter;                         FIND : PlacedAt AFTER :",
            "findByShippedAtIsNull;                       FIND : ShippedAt IS_NULL :",
            "findByShippedAtNull;                         FIND : ShippedAt IS_NULL :",
            "findByShippedAtIsNotNull;                    FIND : ShippedAt IS_NOT_NULL :",
            "findByShippedAtNotNull;                      FIND : ShippedAt IS_NOT_NULL :",
            "findByStatusNotIn;                           FIND : Status NOT_IN :",
            "findByActiveTrue;                            FIND : Active TRUE :",
            "findByActiveIsFalse;                         FIND : Active FALSE :",
            "findByEmailIgnoreCase;                       FIND : Email EQUALS ic :",
            "findByEmailIgnoringCase;                     FIND : Email EQUALS ic :",
            "findByEmailAndNameAllIgnoreCase;             FIND : Email EQUALS ic & Name EQUALS ic :",
            "findByEmailContainingIgnoreCase;             FIND : Email CONTAINING ic :",
            "findByCustomerAddressCity;                   FIND : CustomerAddressCity EQUALS :",
            "findByCustomer_Address_City;                 FIND : Customer_Address_City EQUALS :",
            "findByOrderNumber;                           FIND : OrderNumber EQUALS :",
            "findByAndroidVersion;                        FIND : AndroidVersion EQUALS :",
            "findByStatusAndTotalGreaterThanOrEmailOrderByIdDesc; FIND : Status EQUALS & Total GREATER_THAN | Email EQUALS : Id desc",
            "findAllOrderByName;                          FIND : Name EQUALS :",
            "findByStatusOrderBy;                         FIND : StatusOrderBy EQUALS :",
    })
    void readsTheQueryAMethodNameDeclares(String method, String expected) {
        DerivedQueryParser.Result result = DerivedQueryParser.parse(method);
        assertThat(result.refusal()).isNull();
        assertThat(describe(result.query())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "customQuery;                 its name does not start with a query prefix",
            "findByEmailOrderByIdOrderByName; it says OrderBy more than once",
            "findByEmailAndAndName;       a condition between And or Or names no property",
            "findByIn;                    the condition In names no property",
            "findByLocationNear;          the condition LocationNear uses a keyword Spring Data JPA does not support",
            "findByStatusOrderByDesc;     OrderByDesc has a direction without a property",
    })
    void refusesWhatSpringDataRefuses(String method, String reason) {
        DerivedQueryParser.Result result = DerivedQueryParser.parse(method);
        assertThat(result.parsed()).isFalse();
        assertThat(result.refusal()).startsWith(reason.strip());
    }

    private static String describe(DerivedQuery query) {
        String subject = query.subject() + (query.distinct() ? " distinct" : "") + (query.limit() > 0 ? " limit " + query.limit() : "");
        String branches = query.branches().stream()
                .map(b -> b.stream().map(p -> p.property() + " " + p.keyword() + (p.ignoreCase() ? " ic" : ""))
                        .collect(Collectors.joining(" & ")))
                .collect(Collectors.joining(" | "));
        String orders = query.orderBy().stream().map(o -> o.property() + (o.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        return (subject + " : " + branches + " : " + orders).replaceAll("\\s+", " ").strip();
    }
}
