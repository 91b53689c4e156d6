package io.modeldoc.processor.compile.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.modeldoc.processor.support.DiskCompilation;
import io.modeldoc.processor.support.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of mistakes teams make: each gives exactly one ModelDoc diagnostic of the right
 * kind, with the catalogued text, on the element at fault, and the correct entity beside it is
 * still documented.
 */
class ErrorCatalogueTest {

    private static final String LONG_NAME = "invoice_line_adjustments_approved_by_the_regional_finance_controllers";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mistakeIsReportedOnItsElementAndTheRestIsDocumented(ErrorCase mistake, @TempDir Path folder) {
        DiskCompilation compilation = DiskCompilation.compile(folder, mistake.sources(), mistake.options().toArray(String[]::new));

        List<Diagnostic<? extends JavaFileObject>> ours = compilation.diagnostics().stream()
                .filter(d -> d.getMessage(Locale.ROOT).startsWith("[modeldoc:")).toList();
        assertThat(ours).as("ModelDoc's diagnostics").hasSize(1);
        Diagnostic<? extends JavaFileObject> diagnostic = ours.get(0);
        assertThat(diagnostic.getKind()).isEqualTo(mistake.kind());
        assertThat(diagnostic.getMessage(Locale.ROOT)).isEqualTo(mistake.message());
        if (mistake.file().isEmpty()) {
            assertThat(diagnostic.getSource()).as("a diagnostic about no element").isNull();
        } else {
            assertThat(diagnostic.getSource().toUri().getPath()).endsWith(mistake.file());
            assertThat(diagnostic.getLineNumber()).isEqualTo(lineOf(diagnostic.getSource(), mistake.line()));
        }
        assertThat(compilation.success()).isEqualTo(mistake.kind() != Diagnostic.Kind.ERROR);
        assertThat(compilation.output("model.json")).contains("\"qualifiedName\": \"test.Fine\"");
        assertThat(compilation.output("schema-postgresql.sql")).contains("create table Fine (");
    }

    /** The line number of the first line containing {@code text}. */
    private static long lineOf(JavaFileObject source, String text) {
        List<String> lines = Fixtures.text(source).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line containing " + text);
    }

    static Stream<ErrorCase> cases() {
        return Stream.of(
                ErrorCase.of("missing-id").source("Broken",
                        "/** No id. */",
                        "@Entity public class Broken {",
                        "  /** A name. */ private String name;",
                        "}").error("[modeldoc:missing-id] Entity test.Broken has no identifier; annotate one attribute with @Id, "
                        + "or use @EmbeddedId. It is left out of the outputs.", "Broken.java", "class Broken"),
                ErrorCase.of("composite-id").source("Pair",
                        "/** Two ids. */",
                        "@Entity public class Pair {",
                        "  @Id private Long left;",
                        "  @Id private Long right;",
                        "}").error("[modeldoc:composite-id] Entity test.Pair has several @Id attributes (left, right) but no @IdClass; "
                        + "add @IdClass naming a class with these attributes, or use one @EmbeddedId. It is left out of the outputs.",
                        "Pair.java", "class Pair"),
                ErrorCase.of("not-an-entity").source("Note",
                        "/** A note. */",
                        "@Entity public class Note {",
                        "  @Id private Long id;",
                        "  /** Who. */ @ManyToOne private Thread owner;",
                        "}").error("[modeldoc:not-an-entity] Attribute owner refers to Thread, which is not an @Entity; annotate the "
                        + "target with @Entity, or fix the attribute's type (for collections, its element type).", "Note.java", "owner"),
                ErrorCase.of("to-many-type").source("Box",
                        "/** A box. */",
                        "@Entity public class Box {",
                        "  @Id private Long id;",
                        "  /** Contents. */ @OneToMany private Fine fine;",
                        "}").error("[modeldoc:to-many-type] Attribute fine is @OneToMany but its type Fine is not a collection; use Set, "
                        + "List or Collection of the target entity, or @ManyToOne/@OneToOne.", "Box.java", "Fine fine"),
                ErrorCase.of("to-one-type").source("Crate",
                        "/** A crate. */",
                        "@Entity public class Crate {",
                        "  @Id private Long id;",
                        "  /** Contents. */ @ManyToOne private List<Fine> fines;",
                        "}").error("[modeldoc:to-one-type] Attribute fines is @ManyToOne but its type List<Fine> is a collection; use "
                        + "@OneToMany or @ManyToMany, or a single entity type.", "Crate.java", "fines"),
                ErrorCase.of("maps-id")
                        .source("LineKey", "/** A key. */", "@Embeddable public class LineKey implements java.io.Serializable {",
                                "  private Long orderId;", "  private int position;", "}")
                        .source("Line",
                                "/** A line. */",
                                "@Entity public class Line {",
                                "  @EmbeddedId private LineKey key;",
                                "  /** Its order. */ @MapsId(\"orderNo\") @ManyToOne private Fine order;",
                                "}").error("[modeldoc:maps-id] @MapsId(\"orderNo\") on order names no attribute of the entity's "
                        + "@EmbeddedId (its attributes are [orderId, position]); name one of them, or leave the value out to map "
                        + "the whole identifier.", "Line.java", "Fine order"),
                ErrorCase.of("embedded-id-association")
                        .source("StopKey", "/** A key. */", "@Embeddable public class StopKey implements java.io.Serializable {",
                                "  @ManyToOne private Fine fine;", "  private int position;", "}")
                        .source("Stop",
                                "/** A stop. */",
                                "@Entity public class Stop {",
                                "  @EmbeddedId private StopKey key;",
                                "}").error("[modeldoc:embedded-id-association] Attribute key.fine is an association inside the "
                        + "@EmbeddedId class StopKey; ModelDoc maps only basic attributes in an embedded identifier. Hold the key "
                        + "column as a basic attribute there, and put the association on the entity with @MapsId.",
                        "Stop.java", "StopKey key"),
                ErrorCase.of("map-key").source("Ledger",
                        "/** A ledger. */",
                        "@Entity public class Ledger {",
                        "  @Id private Long id;",
                        "  /** Its fines by code. */ @OneToMany @MapKey(name = \"code\") private Map<String, Fine> fines;",
                        "}").error("[modeldoc:map-key] @MapKey(name = \"code\") on fines names no attribute of Fine (its attributes "
                        + "are [id, label]); name one of them, or leave the name out to key the map by the target's identifier.",
                        "Ledger.java", "Map<String, Fine> fines"),
                ErrorCase.of("map-key-values").source("Tally",
                        "/** A tally. */",
                        "@Entity public class Tally {",
                        "  @Id private Long id;",
                        "  /** Counts by word. */ @ElementCollection @MapKey(name = \"word\") private Map<String, Integer> counts;",
                        "}").error("[modeldoc:map-key-values] Attribute counts is an element collection, but @MapKey keys a map by an "
                        + "attribute of its target entity; use @MapKeyColumn to name the key's column, or map the values as an entity.",
                        "Tally.java", "Map<String, Integer> counts"),
                ErrorCase.of("map-key-type").source("Shelf",
                        "/** A shelf. */",
                        "@Entity public class Shelf {",
                        "  @Id private Long id;",
                        "  /** Its tags. */ @ElementCollection @MapKeyColumn(name = \"position\") private List<String> tags;",
                        "}").error("[modeldoc:map-key-type] Attribute tags is annotated @MapKeyColumn, but its type List<String> is not "
                        + "a Map; remove the annotation, or make the attribute a Map.", "Shelf.java", "List<String> tags"),
                ErrorCase.of("discriminator-value")
                        .source("Token", "/** A token. */",
                                "@Entity @DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR) @DiscriminatorValue(\"T\")",
                                "public class Token {", "  @Id private Long id;", "}")
                        .source("Coupon", "/** A coupon. */", "@Entity public class Coupon extends Token {", "}")
                        .error("[modeldoc:discriminator-value] Entity Coupon belongs to a hierarchy with a CHAR discriminator but "
                                + "declares no @DiscriminatorValue; give it a one-character @DiscriminatorValue, as Hibernate requires.",
                                "Coupon.java", "class Coupon"),
                ErrorCase.of("discriminator-value-integer")
                        .source("Level", "/** A level. */",
                                "@Entity @DiscriminatorColumn(discriminatorType = DiscriminatorType.INTEGER) @DiscriminatorValue(\"1\")",
                                "public class Level {", "  @Id private Long id;", "}")
                        .source("TopLevel", "/** The top level. */",
                                "@Entity @DiscriminatorValue(\"2) or (1 = 1\") public class TopLevel extends Level {", "}")
                        .error("[modeldoc:discriminator-value] Entity TopLevel has @DiscriminatorValue(\"2) or (1 = 1\"), but its "
                                + "hierarchy's discriminator is an INTEGER column, and Hibernate reads the value as a whole number; "
                                + "give one, e.g. @DiscriminatorValue(\"2\"), or make the discriminator STRING.",
                                "TopLevel.java", "class TopLevel"),
                ErrorCase.of("maps-id-type").source("Receipt",
                        "/** A receipt. */",
                        "@Entity public class Receipt {",
                        "  @Id private String id;",
                        "  /** Its fine. */ @MapsId @OneToOne private Fine fine;",
                        "}").error("[modeldoc:maps-id] @MapsId on fine maps the identifier id of type String to the key of Fine, "
                        + "whose identifier is of type Long; declare id as Long, or point the association at an entity with that key.",
                        "Receipt.java", "Fine fine"),
                ErrorCase.of("maps-id-to-many").source("Batch",
                        "/** A batch. */",
                        "@Entity public class Batch {",
                        "  @Id private Long id;",
                        "  /** Its fines. */ @MapsId @OneToMany private List<Fine> fines;",
                        "}").error("[modeldoc:maps-id] Attribute fines has @MapsId but is @OneToMany; only a @ManyToOne or @OneToOne "
                        + "can give an entity its identifier.", "Batch.java", "List<Fine> fines"),
                ErrorCase.of("association-override")
                        .source("Spot", "/** A spot. */", "@Embeddable public class Spot {", "  /** Its fine. */ @ManyToOne private Fine fine;", "}")
                        .source("Yard",
                                "/** A yard. */",
                                "@Entity public class Yard {",
                                "  @Id private Long id;",
                                "  /** Where. */ @Embedded @AssociationOverride(name = \"fin\", joinColumns = @JoinColumn(name = \"x\")) private Spot spot;",
                                "}").error("[modeldoc:association-override] @AssociationOverride(name = \"fin\") on spot names no "
                        + "association of Spot (it has fine); name a @ManyToOne, @OneToOne, @OneToMany or @ManyToMany attribute, "
                        + "or remove the override.", "Yard.java", "Spot spot"),
                ErrorCase.of("mapped-by-missing").source("Owner",
                        "/** Owns fines. */",
                        "@Entity public class Owner {",
                        "  @Id private Long id;",
                        "  /** Its fines. */ @OneToMany(mappedBy = \"owner\") private List<Fine> fines;",
                        "}").error("[modeldoc:mapped-by] Attribute fines is mapped by 'owner', but Fine has no such attribute; name the "
                        + "attribute of Fine that owns the association.", "Owner.java", "List<Fine> fines"),
                ErrorCase.of("mapped-by-wrong").source("Holder",
                        "/** Holds fines. */",
                        "@Entity public class Holder {",
                        "  @Id private Long id;",
                        "  /** Its fines. */ @OneToMany(mappedBy = \"label\") private List<Fine> fines;",
                        "}").error("[modeldoc:mapped-by] Attribute fines is mapped by 'label', but Fine.label is not an owning "
                        + "association back to Holder; name the attribute that holds the foreign key or join table.", "Holder.java", "List<Fine> fines"),
                ErrorCase.of("secondary-table").source("Split",
                        "/** Split in two. */",
                        "@Entity",
                        "@SecondaryTable(name = \"split_text\")",
                        "public class Split {",
                        "  @Id private Long id;",
                        "  /** The text. */ @Column(table = \"split_txt\") private String text;",
                        "}").error("[modeldoc:secondary-table] Attribute text is placed in table 'split_txt', which is neither the "
                        + "table of Split nor one of its @SecondaryTable; declare @SecondaryTable(name = \"split_txt\") on the "
                        + "entity, or fix the table name.", "Split.java", "public class Split"),
                ErrorCase.of("duplicate-table").source("Copy",
                        "/** A copy. */",
                        "@Entity",
                        "@Table(name = \"Fine\")",
                        "public class Copy {",
                        "  @Id private Long id;",
                        "}").error("[modeldoc:duplicate-table] Entity test.Copy maps to table Fine, which entity test.Fine maps to "
                        + "already; give one of them another @Table(name).", "Copy.java", "class Copy"),
                ErrorCase.of("duplicate-column")
                        .source("Addr", "/** An address. */", "@Embeddable public class Addr {", "  /** Street. */ private String street;", "}")
                        .source("Person",
                                "/** A person. */",
                                "@Entity public class Person {",
                                "  @Id private Long id;",
                                "  /** Home. */ @Embedded private Addr home;",
                                "  /** Work. */ @Embedded private Addr work;",
                                "}").error("[modeldoc:duplicate-column] Table Person has two columns named street (attributes home.street "
                        + "and work.street); rename one with @Column(name) or, for an embeddable used twice, with @AttributeOverride.",
                        "Person.java", "Addr work"),
                ErrorCase.of("unmapped-type").source("Job",
                        "/** A job. */",
                        "@Entity public class Job {",
                        "  @Id private Long id;",
                        "  /** Worker. */ private Thread worker;",
                        "}").error("[modeldoc:unmapped-type] Attribute worker has type Thread, which has no SQL mapping; use a supported "
                        + "basic type, an @Embeddable, an association, or mark it @Transient.", "Job.java", "worker"),
                ErrorCase.of("enumerated").source("Ticket",
                        "/** A ticket. */",
                        "@Entity public class Ticket {",
                        "  @Id private Long id;",
                        "  /** State. */ @Enumerated(EnumType.STRING) private String state;",
                        "}").error("[modeldoc:enumerated] Attribute state is @Enumerated but its type String is not an enum; remove "
                        + "@Enumerated or change the type.", "Ticket.java", "state"),
                ErrorCase.of("lob").source("Blob",
                        "/** A blob. */",
                        "@Entity public class Blob {",
                        "  @Id private Long id;",
                        "  /** Size. */ @Lob private int size;",
                        "}").error("[modeldoc:lob] Attribute size is @Lob but its type int is neither String, char[], byte[] nor Byte[]; "
                        + "remove @Lob.", "Blob.java", "size"),
                ErrorCase.of("identity-inheritance").source("Shape",
                        "/** A shape. */",
                        "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
                        "public class Shape {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)",
                        "  private Long id;",
                        "}").error("[modeldoc:identity-inheritance] Identifier id uses GenerationType.IDENTITY in a TABLE_PER_CLASS "
                        + "hierarchy, where rows of several tables share one identifier space; use GenerationType.SEQUENCE.",
                        "Shape.java", "private Long id"),
                ErrorCase.of("index-column").source("Doc",
                        "/** A document. */",
                        "@Entity",
                        "@Table(indexes = @Index(name = \"idx_title\", columnList = \"titel\"))",
                        "public class Doc {",
                        "  @Id private Long id;",
                        "  /** Title. */ private String title;",
                        "}").error("[modeldoc:index-column] Index idx_title of entity Doc names column titel, which table Doc does not "
                        + "have; its columns are [id, title].", "Doc.java", "class Doc"),
                ErrorCase.of("unique-column").source("Item",
                        "/** An item. */",
                        "@Entity",
                        "@Table(uniqueConstraints = @UniqueConstraint(name = \"uk_code\", columnNames = \"kode\"))",
                        "public class Item {",
                        "  @Id private Long id;",
                        "  /** Code. */ private String code;",
                        "}").error("[modeldoc:unique-column] Unique constraint uk_code of entity Item names column kode, which table Item "
                        + "does not have; its columns are [id, code].", "Item.java", "class Item"),
                ErrorCase.of("duplicate-index")
                        .source("Alpha", "/** A. */", "@Entity @Table(indexes = @Index(name = \"idx_name\", columnList = \"name\"))",
                                "public class Alpha {", "  @Id private Long id;", "  /** Name. */ private String name;", "}")
                        .source("Beta", "/** B. */", "@Entity @Table(indexes = @Index(name = \"idx_name\", columnList = \"name\"))",
                                "public class Beta {", "  @Id private Long id;", "  /** Name. */ private String name;", "}")
                        .error("[modeldoc:duplicate-index] Index name idx_name is used twice (tables Alpha and Beta); index names share "
                                + "one namespace in the schema, so rename one.", "Beta.java", "class Beta"),
                ErrorCase.of("size").source("Code",
                        "/** A code. */",
                        "@Entity public class Code {",
                        "  @Id private Long id;",
                        "  /** Value. */ @Size(min = 10, max = 2) private String code;",
                        "}").error("[modeldoc:size] Attribute code has @Size(min = 10, max = 2): no value can be valid; make min at "
                        + "most max.", "Code.java", "private String code"),
                ErrorCase.of("scale").source("Money",
                        "/** Money. */",
                        "@Entity public class Money {",
                        "  @Id private Long id;",
                        "  /** Amount. */ @Column(precision = 5, scale = 7) private java.math.BigDecimal amount;",
                        "}").error("[modeldoc:scale] Attribute amount has @Column(precision = 5, scale = 7): the scale cannot exceed "
                        + "the precision; fix one of them.", "Money.java", "amount"),
                ErrorCase.of("version-type").source("Page",
                        "/** A page. */",
                        "@Entity public class Page {",
                        "  @Id private Long id;",
                        "  @Version private String version;",
                        "}").error("[modeldoc:version-type] Attribute version is the @Version of its entity but has type String; use "
                        + "int, Integer, short, Short, long, Long, Instant, LocalDateTime or java.sql.Timestamp.", "Page.java", "String version"),
                ErrorCase.of("generated-type").source("Token",
                        "/** A token. */",
                        "@Entity public class Token {",
                        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private String id;",
                        "}").error("[modeldoc:generated-type] Identifier id is generated with GenerationType.IDENTITY, which gives numbers, "
                        + "but its type is String; use Long or Integer, or GenerationType.UUID for a UUID.", "Token.java", "String id"),
                ErrorCase.of("generator").source("Serial",
                        "/** A serial. */",
                        "@Entity public class Serial {",
                        "  @Id @GeneratedValue(generator = \"ids\") private Long id;",
                        "}").warning("[modeldoc:generator] Identifier id names generator 'ids', but no @SequenceGenerator has that name; "
                        + "Hibernate then uses a sequence called 'ids'. Declare @SequenceGenerator(name = \"ids\") to say so, or fix the name.",
                        "Serial.java", "Long id"),
                ErrorCase.of("enum-length")
                        .source("State", "/** States. */", "public enum State { NEW, CANCELLED }")
                        .source("Order1",
                                "/** An order. */",
                                "@Entity public class Order1 {",
                                "  @Id private Long id;",
                                "  /** State. */ @Enumerated(EnumType.STRING) @Column(length = 5) private State state;",
                                "}").error("[modeldoc:enum-length] Attribute state stores enum constant CANCELLED (9 characters) by name in a "
                        + "column of length 5; raise @Column(length) to at least 9, or rename the constant.", "Order1.java", "State state"),
                badCheck("semicolon", "qty > 0; drop table Fine", "it contains ';', which would end the statement"),
                badCheck("comment", "qty > 0 -- always", "it contains a comment, which would hide the rest of the statement"),
                badCheck("parenthesis", "(qty > 0", "a '(' is never closed"),
                badCheck("quote", "code <> 'x", "a quoted string or name is not closed"),
                ErrorCase.of("identifier-length").source("Long1",
                        "/** Long. */",
                        "@Entity",
                        "@Table(name = \"" + LONG_NAME + "\")",
                        "public class Long1 {",
                        "  @Id private Long id;",
                        "}").error("[modeldoc:identifier-length] The table name " + LONG_NAME + " has " + LONG_NAME.length()
                        + " characters, more than postgresql allows (63); give it a shorter name.", "Long1.java", "@Table(name"),
                ErrorCase.of("identifier-length, each dialect").source("Long2",
                        "/** Long. */",
                        "@Entity",
                        "public class Long2 {",
                        "  @Id private Long id;",
                        "  /** Long. */",
                        "  @Column(name = \"" + LONG_NAME + "\") private String text;",
                        "}").option("modeldoc.dialects=postgresql,mysql,oracle").error("[modeldoc:identifier-length] The column name "
                        + LONG_NAME + " has " + LONG_NAME.length() + " characters, more than postgresql allows (63) and more than mysql "
                        + "allows (64); give it a shorter name.", "Long2.java", "@Column(name"),
                ErrorCase.of("reserved-word").source("Purchase",
                        "/** A purchase. */",
                        "@Entity",
                        "@Table(name = \"order\")",
                        "public class Purchase {",
                        "  @Id private Long id;",
                        "}").option("modeldoc.dialects=postgresql,h2").warning("[modeldoc:reserved-word] The table name order is a "
                        + "reserved word in postgresql and h2, so ModelDoc quotes it there (postgresql: \"order\", h2: \"ORDER\"), "
                        + "in the case the database gives the bare name, so that it names the same object. Hibernate writes it "
                        + "bare and its script fails there; rename it to spare hand-written SQL the quotes.",
                        "Purchase.java", "@Table(name"),
                ErrorCase.of("reserved-word, leading digit").source("Login",
                        "/** A login. */",
                        "@Entity",
                        "public class Login {",
                        "  @Id private Long id;",
                        "  /** Whether a second factor is on. */",
                        "  @Column(name = \"2fa_enabled\") private Boolean secondFactor;",
                        "}").option("modeldoc.dialects=postgresql,mysql").warning("[modeldoc:reserved-word] The column name "
                        + "2fa_enabled is refused bare on postgresql and mysql (it does not start with a letter), so ModelDoc quotes "
                        + "it there (postgresql: \"2fa_enabled\", mysql: `2fa_enabled`), in the case the database gives the bare "
                        + "name, so that it names the same object. Hibernate writes it bare and its script fails there; rename it "
                        + "to spare hand-written SQL the quotes.", "Login.java", "@Column(name"),
                ErrorCase.of("bad-name, index").source("Tagged",
                        "/** Tagged. */",
                        "@Entity",
                        "@Table(indexes = {",
                        "    @Index(columnList = \"id\"),",
                        "    @Index(name = \"ix on t(name);drop table other;--\", columnList = \"label\")})",
                        "public class Tagged {",
                        "  @Id private Long id;",
                        "  /** A label. */ private String label;",
                        "}").error("[modeldoc:bad-name] The index name 'ix on t(name);drop table other;--' cannot be written into "
                        + "SQL: it contains a space at position 3. Use letters, digits and _ (or $ after the first), or quote the "
                        + "name (\"\\\"…\\\"\" or backticks) to keep other characters; control characters are never allowed.",
                        "Tagged.java", "@Index(name"),
                ErrorCase.of("bad-name, column").source("Remark",
                        "/** Remark. */",
                        "@Entity",
                        "public class Remark {",
                        "  @Id private Long id;",
                        "  /** Text. */",
                        "  @Column(name = \"body--\") private String body;",
                        "}").error("[modeldoc:bad-name] The column name 'body--' cannot be written into SQL: it contains '-' at "
                        + "position 5. Use letters, digits and _ (or $ after the first), or quote the name (\"\\\"…\\\"\" or "
                        + "backticks) to keep other characters; control characters are never allowed.", "Remark.java", "@Column(name"),
                ErrorCase.of("bad-name, schema").source("Ledger",
                        "/** Ledger. */",
                        "@Entity",
                        "@Table(schema = \"acct;drop\")",
                        "public class Ledger {",
                        "  @Id private Long id;",
                        "}").error("[modeldoc:bad-name] The schema name 'acct;drop' cannot be written into SQL: it contains ';' at "
                        + "position 5. Use letters, digits and _ (or $ after the first), or quote the name (\"\\\"…\\\"\" or "
                        + "backticks) to keep other characters; control characters are never allowed.", "Ledger.java", "@Table(schema"),
                ErrorCase.of("bad-name, quote on oracle").source("Saying",
                        "/** Saying. */",
                        "@Entity",
                        "public class Saying {",
                        "  @Id private Long id;",
                        "  /** Its quip. */",
                        "  @Column(name = \"\\\"say\\\"hi\\\"\") private String quip;",
                        "}").option("modeldoc.dialects=postgresql,oracle").error("[modeldoc:bad-name] The column name "
                        + "'\"say\"hi\"' cannot be written into SQL: it contains '\"' at position 4, refused in any name, "
                        + "quoted or not, on oracle. Use letters, digits and _ (or $ after the first), or quote the name "
                        + "(\"\\\"…\\\"\" or backticks) to keep other characters; control characters are never allowed.",
                        "Saying.java", "@Column(name"),
                ErrorCase.of("bad-name, trailing space on mysql").source("Memo",
                        "/** Memo. */",
                        "@Entity",
                        "public class Memo {",
                        "  @Id private Long id;",
                        "  /** Its note. */",
                        "  @Column(name = \"`note `\") private String note;",
                        "}").option("modeldoc.dialects=postgresql,mysql,mariadb").error("[modeldoc:bad-name] The column name "
                        + "'`note `' cannot be written into SQL: it ends with a space, refused at the end of any name, on mysql "
                        + "and mariadb. Use letters, digits and _ (or $ after the first), or quote the name (\"\\\"…\\\"\" or "
                        + "backticks) to keep other characters; control characters are never allowed.", "Memo.java", "@Column(name"),
                ErrorCase.of("final-entity").source("Frozen",
                        "/** Frozen. */",
                        "@Entity public final class Frozen {",
                        "  @Id private Long id;",
                        "}").warning("[modeldoc:final-entity] Entity test.Frozen is final, so lazy associations to it cannot be proxied; "
                        + "remove 'final'.", "Frozen.java", "class Frozen"),
                ErrorCase.of("no-constructor").source("Strict",
                        "/** Strict. */",
                        "@Entity public class Strict {",
                        "  @Id private Long id;",
                        "  public Strict(Long id) { this.id = id; }",
                        "}").warning("[modeldoc:no-constructor] Entity test.Strict has no constructor without parameters, which JPA "
                        + "requires; add a public or protected one.", "Strict.java", "class Strict"),
                ErrorCase.of("blank-purpose").source("Vague",
                        "/** Vague. */",
                        "@Entity public class Vague {",
                        "  @Id private Long id;",
                        "  @Purpose(\" \") private String note;",
                        "}").warning("[modeldoc:blank-purpose] @Purpose on note is blank; write what it is for, or remove the annotation "
                        + "to fall back on the Javadoc.", "Vague.java", "String note"),
                ErrorCase.of("feature-twice")
                        .raw("a.package-info", "@io.modeldoc.annotations.DataModel(feature = \"Shop\")", "package a;")
                        .raw("b.package-info", "@io.modeldoc.annotations.DataModel(feature = \"Shop\")", "package b;")
                        .raw("a.A", "package a;", "/** A. */", "@jakarta.persistence.Entity public class A { @jakarta.persistence.Id Long id; }")
                        .raw("b.B", "package b;", "/** B. */", "@jakarta.persistence.Entity public class B { @jakarta.persistence.Id Long id; }")
                        .error("[modeldoc:feature-twice] Package b declares feature 'Shop', which package a declares already; each "
                                + "feature has one @DataModel package (its subpackages join it), so rename one of them.",
                                "b/package-info.java", "package b"),
                ErrorCase.of("blank-feature")
                        .raw("c.package-info", "@io.modeldoc.annotations.DataModel(feature = \" \")", "package c;")
                        .raw("c.C", "package c;", "/** C. */", "@jakarta.persistence.Entity public class C { @jakarta.persistence.Id Long id; }")
                        .error("[modeldoc:blank-feature] @DataModel on package c has a blank feature name; name the feature.",
                                "c/package-info.java", "package c"),
                ErrorCase.of("column-size-length").source("Label",
                        "/** A label. */",
                        "@Entity public class Label {",
                        "  @Id private Long id;",
                        "  /** Its text. */ @Column(length = -1) private String text;",
                        "}").error("[modeldoc:column-size] Attribute text has @Column(length = -1), but a length cannot be negative; "
                        + "give a positive length, or leave it out for the default of 255.", "Label.java", "String text"),
                ErrorCase.of("column-size-precision").source("Ledger2",
                        "/** A ledger. */",
                        "@Entity public class Ledger2 {",
                        "  @Id private Long id;",
                        "  /** Its total. */ @Column(precision = 1001, scale = 2) private java.math.BigDecimal total;",
                        "}").option("modeldoc.dialects=postgresql,mysql").error("[modeldoc:column-size] Attribute total has "
                        + "@Column(precision = 1001), but postgresql allows at most 1000, mysql allows at most 65; use a precision "
                        + "of at most 65.", "Ledger2.java", "BigDecimal total"),
                ErrorCase.of("column-size-scale").source("Rate",
                        "/** A rate. */",
                        "@Entity public class Rate {",
                        "  @Id private Long id;",
                        "  /** Its value. */ @Column(precision = 40, scale = 35) private java.math.BigDecimal rate;",
                        "}").option("modeldoc.dialects=postgresql,mysql").error("[modeldoc:column-size] Attribute rate has "
                        + "@Column(scale = 35), but mysql allows at most 30; use a scale of at most 30.", "Rate.java", "BigDecimal rate"),
                ErrorCase.of("column-size-negative").source("Weight",
                        "/** A weight. */",
                        "@Entity public class Weight {",
                        "  @Id private Long id;",
                        "  /** Its grams. */ @Column(precision = -3) private java.math.BigDecimal grams;",
                        "}").error("[modeldoc:column-size] Attribute grams has @Column(precision = -3), but it cannot be negative; "
                        + "give a positive value, or leave it out for the default.", "Weight.java", "BigDecimal grams"),
                ErrorCase.of("no-columns-index").source("Bare",
                        "/** Bare. */",
                        "@Entity",
                        "@Table(indexes = @Index(name = \"idx_none\", columnList = \"\"))",
                        "public class Bare {",
                        "  @Id private Long id;",
                        "}").error("[modeldoc:no-columns] The index idx_none of entity Bare names no columns (columnList = \"\"), "
                        + "so the database would refuse it; name at least one column of table Bare, or remove it.",
                        "Bare.java", "class Bare"),
                ErrorCase.of("no-columns-unique").source("Plain2",
                        "/** Plain. */",
                        "@Entity",
                        "@Table(uniqueConstraints = @UniqueConstraint(name = \"uk_none\", columnNames = {}))",
                        "public class Plain2 {",
                        "  @Id private Long id;",
                        "}").error("[modeldoc:no-columns] The unique constraint uk_none of entity Plain2 names no columns "
                        + "(columnNames = {}), so the database would refuse it; name at least one column of table Plain2, or remove it.",
                        "Plain2.java", "class Plain2"),
                ErrorCase.of("referenced-column").source("Loan",
                        "/** A loan. */",
                        "@Entity public class Loan {",
                        "  @Id private Long id;",
                        "  /** Its fine. */ @ManyToOne @JoinColumn(name = \"fine_ref\", referencedColumnName = \"nope\") private Fine fine;",
                        "}").error("[modeldoc:referenced-column] @JoinColumn(referencedColumnName = \"nope\") on fine names no column "
                        + "of Fine (table Fine); Hibernate stops with \"Unable to find column with logical name: nope\". Name a "
                        + "column of the target (its @Column name), or leave referencedColumnName out to refer to its primary key.",
                        "Loan.java", "Fine fine"),
                ErrorCase.of("entity-interface").source("Shape2",
                        "/** A shape. */",
                        "@Entity public interface Shape2 {",
                        "  double area();",
                        "}").error("[modeldoc:entity-kind] Entity test.Shape2 is an interface, but Hibernate maps only classes, whose "
                        + "instances it creates and fills; annotate a class that implements it with @Entity instead. It is left out "
                        + "of the outputs.", "Shape2.java", "interface Shape2"),
                ErrorCase.of("entity-record").source("Point",
                        "/** A point. */",
                        "@Entity public record Point(@Id Long id, int x) {",
                        "}").error("[modeldoc:entity-kind] Entity test.Point is a record, and a record cannot be an entity: its fields "
                        + "are final and it has no constructor without parameters, so Hibernate can neither load nor change it. Make "
                        + "it a class, or annotate the record @Embeddable and embed it in an entity. It is left out of the outputs.",
                        "Point.java", "record Point"),
                ErrorCase.of("entity-inner-class").source("Outer2",
                        "public class Outer2 {",
                        "  /** A part. */",
                        "  @Entity public class Part {",
                        "    @Id private Long id;",
                        "  }",
                        "}").error("[modeldoc:entity-kind] Entity test.Outer2.Part is an inner class of Outer2, so Hibernate cannot "
                        + "create its instances (each needs an instance of Outer2); declare it static, or move it to a file of its "
                        + "own. It is left out of the outputs.", "Outer2.java", "class Part"),
                ErrorCase.of("embeddable-cycle")
                        .source("Chain", "/** A chain. */", "@Embeddable public class Chain {",
                                "  /** A link. */ private String link;", "  /** The rest. */ @Embedded private Chain rest;", "}")
                        .source("Fence",
                                "/** A fence. */",
                                "@Entity public class Fence {",
                                "  @Id private Long id;",
                                "  /** Its chain. */ @Embedded private Chain chain;",
                                "}").error("[modeldoc:embeddable-cycle] Attribute chain.rest embeds Chain inside itself (Chain > Chain), "
                        + "so its columns would never end, and Hibernate refuses such a recursive embeddable; make the inner "
                        + "attribute an association to an entity, or mark it @Transient.", "Chain.java", "Chain rest"),
                ErrorCase.of("embeddable-cycle-indirect")
                        .source("Outer", "/** Outer. */", "@Embeddable public class Outer {",
                                "  /** Inner part. */ private Inner inner;", "}")
                        .source("Inner", "/** Inner. */", "@Embeddable public class Inner {",
                                "  /** A code. */ private String code;", "  /** Back out. */ @Embedded private Outer outer;", "}")
                        .source("Nest",
                                "/** A nest. */",
                                "@Entity public class Nest {",
                                "  @Id private Long id;",
                                "  /** Its values. */ @ElementCollection private Set<Outer> values;",
                                "}").error("[modeldoc:embeddable-cycle] Attribute inner.outer embeds Outer inside itself "
                        + "(Outer > Inner > Outer), so its columns would never end, and Hibernate refuses such a recursive "
                        + "embeddable; make the inner attribute an association to an entity, or mark it @Transient.",
                        "Inner.java", "Outer outer"),
                ErrorCase.of("derived-id-cycle")
                        .source("Husk", "/** A husk. */", "@Entity public class Husk {",
                                "  /** Its seed. */ @Id @OneToOne private Seed seed;", "}")
                        .source("Seed", "/** A seed. */", "@Entity public class Seed {",
                                "  @Id private Long id;", "  /** Its husk. */ @MapsId @OneToOne private Husk husk;", "}")
                        .error("[modeldoc:derived-id-cycle] Attribute seed derives the identifier of Husk from Seed, whose "
                                + "identifier derives back from it (Husk > Seed > Husk): no key can come first, and Hibernate "
                                + "cannot map such a ring. Give one of these entities an identifier of its own (@Id on a basic "
                                + "attribute), and drop @Id or @MapsId from the association that leads to it.",
                                "Husk.java", "Seed seed"),
                ErrorCase.of("bad-definition").source("Gadget",
                        "/** A gadget. */",
                        "@Entity public class Gadget {",
                        "  @Id private Long id;",
                        "  /** Its code. */",
                        "  @Column(columnDefinition = \"varchar(20); drop table Fine\") private String code;",
                        "}").error("[modeldoc:bad-definition] The columnDefinition of column code of table Gadget cannot be "
                        + "written into SQL: it contains ';', which would end the statement. Give one column type with its "
                        + "options, e.g. \"varchar(20) default 'new'\", without ';' or comments and with its quotes and "
                        + "parentheses closed: \"varchar(20); drop table Fine\".", "Gadget.java", "columnDefinition"),
                ErrorCase.of("bad-definition-comment").source("Widget",
                        "/** A widget. */",
                        "@Entity public class Widget {",
                        "  @Id private Long id;",
                        "  /** Its kind. */",
                        "  @Column(columnDefinition = \"char(1) /* the kind */\") private String kind;",
                        "}").error("[modeldoc:bad-definition] The columnDefinition of column kind of table Widget cannot be "
                        + "written into SQL: it contains a comment, which would hide the rest of the statement. Give one "
                        + "column type with its options, e.g. \"varchar(20) default 'new'\", without ';' or comments and "
                        + "with its quotes and parentheses closed: \"char(1) /* the kind */\".", "Widget.java", "columnDefinition"),
                ErrorCase.of("check-column").source("Stock",
                        "/** Stock. */",
                        "@Entity",
                        "@BusinessRule(value = \"Some left.\", check = \"qty >= 0 and quantity < 1000\")",
                        "public class Stock {",
                        "  @Id private Long id;",
                        "  /** Quantity. */ private int qty;",
                        "}").error("[modeldoc:check-column] @BusinessRule(check) of Stock names quantity, but table Stock has no "
                        + "such column (its columns: id, qty); name one of them, or write {attribute} to let ModelDoc name the "
                        + "attribute's column under the active naming.", "Stock.java", "@BusinessRule("),
                ErrorCase.of("check-placeholder").source("Parcel",
                        "/** A parcel. */",
                        "@Entity",
                        "public class Parcel {",
                        "  @Id private Long id;",
                        "  /** Sent. */ private java.time.LocalDate shippedOn;",
                        "  /** Arrived. */ @BusinessRule(value = \"After sending.\", check = \"{deliveredAt} >= {shippedOn}\")",
                        "  private java.time.LocalDate deliveredOn;",
                        "}").error("[modeldoc:check-placeholder] @BusinessRule(check) of Parcel.deliveredOn refers to "
                        + "{deliveredAt}, but Parcel has no attribute deliveredAt. A placeholder names an attribute of Parcel "
                        + "that has one column (id, shippedOn, deliveredOn); ModelDoc writes that column's name under the "
                        + "active naming.", "Parcel.java", "{deliveredAt}"));
        // Option errors write nothing at all: OptionErrorTest holds them.
    }

    private static ErrorCase badCheck(String kind, String check, String reason) {
        return ErrorCase.of("bad-check-" + kind).source("Rule" + kind,
                "/** Rules. */",
                "@Entity",
                "@BusinessRule(value = \"Positive.\", check = \"" + check.replace("'", "'") + "\")",
                "public class Rule" + kind + " {",
                "  @Id private Long id;",
                "  /** Quantity. */ private int qty;",
                "  /** Code. */ private String code;",
                "}").error("[modeldoc:bad-check] @BusinessRule(check) of Rule" + kind + " must be one SQL boolean expression: " + reason
                + ". Fix the expression: \"" + check + "\".", "Rule" + kind + ".java", "class Rule" + kind);
    }
}
