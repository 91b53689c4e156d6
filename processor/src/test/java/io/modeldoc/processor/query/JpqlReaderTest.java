package io.modeldoc.processor.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statements and what they search by, written as {@code root [alias] ; joins ; branch | branch ; sort}: each join
 * {@code path alias}, each condition {@code path USE}, each sort {@code path asc|desc}. Paths start at an alias, or at
 * the root when they show none.
 */
class JpqlReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "select o from PurchaseOrder o where o.status = :status order by o.placedAt desc"
                    + "# PurchaseOrder o ; ; status EQUALITY ; placedAt desc",
            "SELECT o FROM PurchaseOrder AS o WHERE o.status = ?1 AND o.total >= 100"
                    + "# PurchaseOrder o ; ; status EQUALITY & total RANGE ;",
            "select o from PurchaseOrder o where o.placedAt between :from and :to"
                    + "# PurchaseOrder o ; ; placedAt RANGE ;",
            "select o from PurchaseOrder o where o.status <> 'PAID' or o.total < :max"
                    + "# PurchaseOrder o ; ; status NONE | total RANGE ;",
            "select c from Customer c where c.email like 'ann%'"
                    + "# Customer c ; ; email RANGE ;",
            "select c from Customer c where c.email like :pattern or c.email like '%@example.com'"
                    + "# Customer c ; ; email NONE | email NONE ;",
            "select c from Customer c where lower(c.email) = :email"
                    + "# Customer c ; ; ;",
            "select c from Customer c where c.status in (:a, :b) and c.code not in :codes"
                    + "# Customer c ; ; status EQUALITY & code NONE ;",
            "select c from Customer c where c.deletedAt is null and c.phone is not null"
                    + "# Customer c ; ; deletedAt EQUALITY & phone NONE ;",
            "select c from Customer c where not (c.status = :s and c.total > 3)"
                    + "# Customer c ; ; status NONE & total NONE ;",
            "select c from Customer c where (c.status = :s or c.vip = true) and c.country = :country"
                    + "# Customer c ; ; status EQUALITY & country EQUALITY | vip EQUALITY & country EQUALITY ;",
            "select o from PurchaseOrder o join o.customer c where c.email = :email"
                    + "# PurchaseOrder o ; customer c ; c.email EQUALITY ;",
            "select distinct o from PurchaseOrder o left join fetch o.lines l join l.product p on p.sku = :sku"
                    + "# PurchaseOrder o ; lines l, l.product p ; p.sku EQUALITY ;",
            "select o from PurchaseOrder o where o.customer.address.city = :city order by o.customer.name, o.id"
                    + "# PurchaseOrder o ; ; customer.address.city EQUALITY ; customer.name asc, id asc",
            "from PurchaseOrder where status = :s"
                    + "# PurchaseOrder ; ; status EQUALITY ;",
            "select count(o) from PurchaseOrder o where o.status = com.example.Status.PAID"
                    + "# PurchaseOrder o ; ; status EQUALITY ;",
            "select new com.example.Summary(o.id, sum(l.quantity)) from PurchaseOrder o join o.lines l group by o.id order by o.id"
                    + "# PurchaseOrder o ; lines l ; ; id asc",
            "delete from PurchaseOrder o where o.placedAt < :cutoff"
                    + "# PurchaseOrder o ; ; placedAt RANGE ;",
            "update Customer c set c.status = 'GONE' where c.lastSeen < :cutoff"
                    + "# Customer c ; ; lastSeen RANGE ;",
            "select o from PurchaseOrder o where o.total * 2 > :x order by upper(o.code), o.id"
                    + "# PurchaseOrder o ; ; ;",
            "select o from PurchaseOrder o where :s = o.status and (o.total) > 5"
                    + "# PurchaseOrder o ; ; status EQUALITY & total RANGE ;",
    })
    void readsWhatAStatementSearchesBy(String statement, String expected) {
        JpqlReader.Result result = JpqlReader.read(statement);
        assertThat(result.refusal()).isNull();
        assertThat(describe(result.shape())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "select o from PurchaseOrder o, Customer c where o.customer = c # it lists several entities in from",
            "select o from PurchaseOrder o where o.total > (select avg(x.total) from PurchaseOrder x) # it has a subquery",
            "select o from PurchaseOrder o where exists (select l from OrderLine l) # it has a subquery (exists)",
            "select o from PurchaseOrder o where o.id in (select l.order.id from OrderLine l) # it has a subquery (in)",
            "select o from PurchaseOrder o join Customer c on c.id = o.customerId # it joins an entity rather than an association path",
            "select o from PurchaseOrder o right join o.customer c # it uses a right, full or cross join",
            "select o from PurchaseOrder o where case when o.total > 1 then 1 else 0 end = 1 # it has a case expression",
            "select o frm PurchaseOrder o # it ends where 'from' was expected",
            "select o from PurchaseOrder o where o.status = :s limit 5 # it goes on after what this reader understands",
    })
    void refusesWhatItCannotReadForSure(String statement, String reason) {
        JpqlReader.Result result = JpqlReader.read(statement);
        assertThat(result.read()).isFalse();
        assertThat(result.refusal()).startsWith(reason.strip());
    }

    private static String describe(QueryShape shape) {
        String joins = shape.joins().stream().map(j -> j.path() + " " + j.alias()).collect(Collectors.joining(", "));
        String branches = shape.branches().stream()
                .map(b -> b.stream().map(c -> c.path() + " " + c.use()).collect(Collectors.joining(" & ")))
                .collect(Collectors.joining(" | "));
        String sorts = shape.orderBy().stream().map(s -> s.path() + (s.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        return (shape.root() + " " + shape.rootAlias() + " ; " + joins + " ; " + branches + " ; " + sorts)
                .replaceAll("\\s+", " ").strip();
    }
}
