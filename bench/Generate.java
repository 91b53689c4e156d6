import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic but realistic tree of JPA entities for ModelDoc's compile-time benchmark.
 *
 * <pre>
 * java bench/Generate.java --n 500 --seed 42 --out /tmp/tree
 * </pre>
 *
 * <p>The same seed and N always give a byte-identical tree: one {@link Random} makes every choice
 * in a fixed order, lists are never hash-ordered, and nothing depends on the clock or the machine.
 *
 * <p>The tree: packages of {@value #PER_PACKAGE} entities under {@code com.example.erp}, each with a
 * {@code package-info.java} ({@code @DataModel}, {@code @UsagePatterns}, {@code @Dependencies},
 * {@code @Risk}), three enums and one {@code @Embeddable}. Each entity has an id (IDENTITY or
 * SEQUENCE), about 15 basic attributes, Javadoc, Bean Validation, 1-3 indexes, about two
 * {@code @ManyToOne} to entities earlier in the order (some in other packages), and some of:
 * an embedded address, {@code @Version}, {@code @OneToMany(mappedBy)} back-references,
 * a {@code @ManyToMany} with a {@code @JoinTable}, and ModelDoc's annotations.
 */
public class Generate {

    static final int PER_PACKAGE = 50;
    static final String ROOT_PACKAGE = "com.example.erp";

    static final List<String> DOMAINS = List.of(
            "billing", "catalog", "inventory", "shipping", "customers", "orders", "payments", "pricing",
            "procurement", "warehouse", "accounting", "payroll", "staffing", "crm", "marketing", "support",
            "analytics", "compliance", "identity", "notifications", "scheduling", "fleet", "maintenance",
            "contracts", "projects", "timesheets", "documents", "quality", "manufacturing", "returns",
            "loyalty", "subscriptions", "taxation", "treasury", "auditing", "partners", "content",
            "reporting", "logistics", "learning");

    static final List<String> QUALIFIERS = List.of(
            "Customer", "Supplier", "Vendor", "Partner", "Employee", "Product", "Service", "Order",
            "Invoice", "Payment", "Shipment", "Warehouse", "Stock", "Price", "Tax", "Contract", "Project",
            "Task", "Ticket", "Account", "Ledger", "Budget", "Campaign", "Lead", "Asset", "Vehicle", "Route",
            "Carrier", "Store", "Region", "Branch", "Department", "Team", "Member", "Loyalty",
            "Subscription", "Plan", "Course", "Lesson", "Patient", "Device", "Sensor", "Batch", "Quality",
            "Return", "Refund", "Credit", "Discount", "Voucher", "Gift", "Review", "Survey", "Event",
            "Venue", "Booking", "Room", "Policy", "Claim", "Hazard", "Audit", "Document", "Report",
            "Message", "Channel", "Content", "Media", "Search", "Catalog", "Brand", "Parcel", "Label",
            "Shift");

    static final List<String> NOUNS = List.of(
            "Profile", "Record", "Entry", "Item", "Line", "Note", "Rule", "Limit", "Rate", "Group",
            "Category", "Template", "Schedule", "Request", "Approval", "Assignment", "Allocation",
            "Adjustment", "Balance", "Snapshot", "History", "Version", "Setting", "Preference", "Contact",
            "Location", "Period", "Window", "Slot", "Quota", "Threshold", "Metric", "Score", "Tag",
            "Attachment", "Comment", "Reminder", "Alert", "Log", "Link", "Mapping", "Source", "Target",
            "Code", "Number", "Reference", "Agreement", "Term", "Condition", "Fee", "Charge", "Cost",
            "Margin", "Forecast", "Step", "Stage", "Phase", "Milestone", "Owner", "Role", "Permission",
            "Token", "Certificate", "Segment", "Tier", "Level", "Zone", "Area", "Unit", "Measure",
            "Sample", "Result");

    static final List<String> PEOPLE = List.of(
            "Ada Lovelace", "Edsger Dijkstra", "Barbara Liskov", "Frances Allen", "Niklaus Wirth",
            "Margaret Hamilton", "Tony Hoare", "Radia Perlman");

    /** Simple names the generated code may use, and what to import for them. */
    static final Map<String, String> IMPORTS = Map.ofEntries(
            Map.entry("Entity", "jakarta.persistence.Entity"),
            Map.entry("Table", "jakarta.persistence.Table"),
            Map.entry("Index", "jakarta.persistence.Index"),
            Map.entry("Id", "jakarta.persistence.Id"),
            Map.entry("GeneratedValue", "jakarta.persistence.GeneratedValue"),
            Map.entry("GenerationType", "jakarta.persistence.GenerationType"),
            Map.entry("SequenceGenerator", "jakarta.persistence.SequenceGenerator"),
            Map.entry("Column", "jakarta.persistence.Column"),
            Map.entry("Enumerated", "jakarta.persistence.Enumerated"),
            Map.entry("EnumType", "jakarta.persistence.EnumType"),
            Map.entry("Embeddable", "jakarta.persistence.Embeddable"),
            Map.entry("Embedded", "jakarta.persistence.Embedded"),
            Map.entry("Version", "jakarta.persistence.Version"),
            Map.entry("ManyToOne", "jakarta.persistence.ManyToOne"),
            Map.entry("OneToMany", "jakarta.persistence.OneToMany"),
            Map.entry("ManyToMany", "jakarta.persistence.ManyToMany"),
            Map.entry("JoinColumn", "jakarta.persistence.JoinColumn"),
            Map.entry("JoinTable", "jakarta.persistence.JoinTable"),
            Map.entry("FetchType", "jakarta.persistence.FetchType"),
            Map.entry("NotNull", "jakarta.validation.constraints.NotNull"),
            Map.entry("Size", "jakarta.validation.constraints.Size"),
            Map.entry("Min", "jakarta.validation.constraints.Min"),
            Map.entry("Max", "jakarta.validation.constraints.Max"),
            Map.entry("Email", "jakarta.validation.constraints.Email"),
            Map.entry("Purpose", "io.modeldoc.annotations.Purpose"),
            Map.entry("BusinessRule", "io.modeldoc.annotations.BusinessRule"),
            Map.entry("Sensitive", "io.modeldoc.annotations.Sensitive"),
            Map.entry("AccessControl", "io.modeldoc.annotations.AccessControl"),
            Map.entry("Archival", "io.modeldoc.annotations.Archival"),
            Map.entry("Risk", "io.modeldoc.annotations.Risk"),
            Map.entry("UsagePatterns", "io.modeldoc.annotations.UsagePatterns"),
            Map.entry("DataModel", "io.modeldoc.annotations.DataModel"),
            Map.entry("Dependencies", "io.modeldoc.annotations.Dependencies"),
            Map.entry("BigDecimal", "java.math.BigDecimal"),
            Map.entry("LocalDate", "java.time.LocalDate"),
            Map.entry("LocalDateTime", "java.time.LocalDateTime"),
            Map.entry("Instant", "java.time.Instant"),
            Map.entry("UUID", "java.util.UUID"),
            Map.entry("List", "java.util.List"),
            Map.entry("ArrayList", "java.util.ArrayList"),
            Map.entry("Set", "java.util.Set"),
            Map.entry("LinkedHashSet", "java.util.LinkedHashSet"));

    static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /**
     * A basic attribute an entity may have. {@code type} "STATUS", "KIND" and "CHANNEL" stand for
     * the package's enums. {@code doc} has one {@code %s}, the entity in words.
     */
    record Basic(String name, String type, String doc, List<String> annotations) {
        static Basic of(String name, String type, String doc, String... annotations) {
            return new Basic(name, type, doc, List.of(annotations));
        }

        String column() {
            return snake(name);
        }
    }

    /** Every entity has the first {@value #ALWAYS} of these, then a random choice of the rest, in this order. */
    static final List<Basic> BASICS = List.of(
            Basic.of("code", "String", "Short code users type and see; unique among all %ss.",
                    "@NotNull", "@Size(max = 32)", "@Column(nullable = false, unique = true, length = 32)"),
            Basic.of("name", "String", "Name shown in lists and on printed forms.",
                    "@NotNull", "@Size(max = 120)", "@Column(nullable = false, length = 120)"),
            Basic.of("status", "STATUS", "Where the %s stands in its life cycle.",
                    "@NotNull", "@Enumerated(EnumType.STRING)", "@Column(nullable = false, length = 20)"),
            Basic.of("createdAt", "LocalDateTime", "When the %s was first saved.",
                    "@NotNull", "@Column(name = \"created_at\", nullable = false, updatable = false)"),
            Basic.of("description", "String", "Free text describing the %s.",
                    "@Size(max = 2000)", "@Column(length = 2000)"),
            Basic.of("kind", "KIND", "Which kind of %s this is; decides the rules that apply.",
                    "@Enumerated(EnumType.STRING)", "@Column(length = 20)"),
            Basic.of("channel", "CHANNEL", "Channel through which the %s arrived.",
                    "@Enumerated(EnumType.STRING)", "@Column(length = 16)"),
            Basic.of("amount", "BigDecimal", "Amount in the currency of the %s.",
                    "@NotNull", "@Column(nullable = false, precision = 19, scale = 2)"),
            Basic.of("quantity", "int", "Number of units; never negative.",
                    "@Min(0)", "@Max(1000000)", "@Column(nullable = false)"),
            Basic.of("priority", "Integer", "Priority from 1 (highest) to 5.",
                    "@Min(1)", "@Max(5)"),
            Basic.of("email", "String", "E-mail address to write to about this %s.",
                    "@Email", "@Size(max = 254)", "@Column(length = 254)",
                    "@Sensitive(classification = Sensitive.Classification.PII, protection = \"Masked in logs\")"),
            Basic.of("phone", "String", "Phone number in international format.",
                    "@Size(max = 32)", "@Column(length = 32)",
                    "@Sensitive(classification = Sensitive.Classification.PII)"),
            Basic.of("active", "boolean", "Whether the %s can be used in new business.",
                    "@Column(nullable = false)"),
            Basic.of("validFrom", "LocalDate", "First day on which the %s applies.",
                    "@Column(name = \"valid_from\")"),
            Basic.of("validUntil", "LocalDate", "Last day on which the %s applies; empty while open-ended.",
                    "@Column(name = \"valid_until\")"),
            Basic.of("updatedAt", "Instant", "When the %s was last changed.",
                    "@Column(name = \"updated_at\")"),
            Basic.of("externalId", "UUID", "Identifier other systems use for the %s.",
                    "@Column(name = \"external_id\", unique = true)"),
            Basic.of("weight", "BigDecimal", "Weight in kilograms.",
                    "@Min(0)", "@Column(precision = 10, scale = 3)"),
            Basic.of("discountRate", "BigDecimal", "Discount as a fraction, 0.1 for ten per cent.",
                    "@Column(name = \"discount_rate\", precision = 5, scale = 4)"),
            Basic.of("currency", "String", "ISO 4217 currency code.",
                    "@NotNull", "@Size(min = 3, max = 3)", "@Column(nullable = false, length = 3)"),
            Basic.of("referenceNumber", "String", "Reference printed on documents about the %s.",
                    "@Size(max = 64)", "@Column(name = \"reference_number\", length = 64)"),
            Basic.of("sortOrder", "Integer", "Position in lists; lower comes first.",
                    "@Column(name = \"sort_order\")"),
            Basic.of("totalCount", "Long", "Running total of events counted for the %s.",
                    "@Min(0)", "@Column(name = \"total_count\")"),
            Basic.of("score", "int", "Score from 0 to 100 computed every night.",
                    "@Min(0)", "@Max(100)"),
            Basic.of("dueDate", "LocalDate", "Day by which the %s must be settled.",
                    "@Column(name = \"due_date\")"),
            Basic.of("closedAt", "Instant", "When the %s was closed; empty while open.",
                    "@Column(name = \"closed_at\")"),
            Basic.of("lastSeenAt", "LocalDateTime", "When the %s was last seen by a user.",
                    "@Column(name = \"last_seen_at\")"),
            Basic.of("archived", "boolean", "Whether the %s has been moved to the archive.",
                    "@Column(nullable = false)"),
            Basic.of("taxNumber", "String", "Tax number as registered with the authority.",
                    "@Size(max = 20)", "@Column(name = \"tax_number\", length = 20)",
                    "@Sensitive(classification = Sensitive.Classification.FINANCIAL, protection = \"Encrypted at rest\")"),
            Basic.of("birthDate", "LocalDate", "Date of birth of the person concerned.",
                    "@Column(name = \"birth_date\")",
                    "@Sensitive(classification = Sensitive.Classification.PII, protection = \"Visible to HR only\")"),
            Basic.of("notes", "String", "Internal notes; never shown to customers.",
                    "@Size(max = 500)", "@Column(length = 500)"),
            Basic.of("rating", "Integer", "Rating from 0 to 10 given by the last reviewer.",
                    "@Min(0)", "@Max(10)"),
            Basic.of("correlationId", "UUID", "Identifier that ties the %s to the request that made it.",
                    "@Column(name = \"correlation_id\")"));

    static final int ALWAYS = 4;
    static final int BASICS_PER_ENTITY = 15;

    /** Columns an index may cover, if the entity has the attribute. */
    static final List<String> INDEXABLE = List.of(
            "name", "status", "created_at", "email", "external_id", "reference_number", "due_date",
            "valid_from", "updated_at", "kind");

    /** CHECK constraints for attributes that have an obvious one. */
    static final Map<String, String> CHECKS = Map.of(
            "amount", "amount >= 0",
            "quantity", "quantity >= 0",
            "priority", "priority between 1 and 5",
            "score", "score <= 100");

    record Pkg(int index, String name, String label, String word, List<Entity> entities) {
        String status() { return word + "Status"; }
        String kind() { return word + "Kind"; }
        String channel() { return word + "Channel"; }
        String embeddable() { return word + "Address"; }
        String service() { return label.toLowerCase().replace(' ', '-') + "-service"; }
    }

    record ManyToOne(Entity target, String field, boolean optional) {}

    record BackReference(Entity source, String mappedBy) {}

    static final class Entity {
        final int index;
        final Pkg pkg;
        final String name;
        final List<Basic> basics = new ArrayList<>();
        final List<ManyToOne> parents = new ArrayList<>();
        final List<BackReference> children = new ArrayList<>();
        final List<Entity> manyToMany = new ArrayList<>();
        final Set<String> fieldNames = new TreeSet<>();
        boolean sequence;
        boolean embedsAddress;
        boolean versioned;

        Entity(int index, Pkg pkg, String name) {
            this.index = index;
            this.pkg = pkg;
            this.name = name;
        }

        String table() { return snake(name); }
        String words() { return snake(name).replace('_', ' '); }
        String field() { return Character.toLowerCase(name.charAt(0)) + name.substring(1); }
        boolean has(String attribute) { return basics.stream().anyMatch(b -> b.name().equals(attribute)); }
    }

    final Random random;
    final List<Pkg> packages = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();

    Generate(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int n = -1;
        long seed = 42;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                usage(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--n" -> n = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (n < 1 || out == null) {
            usage("--n (at least 1) and --out are required");
        }
        if (Files.isDirectory(out)) {
            try (var listing = Files.list(out)) {
                if (listing.findAny().isPresent()) {
                    usage(out + " is not empty; give a new or empty folder");
                }
            }
        }
        Generate generator = new Generate(seed);
        generator.plan(n);
        int files = generator.write(out);
        System.out.printf("%d entities, %d packages, %d files in %s%n", n, generator.packages.size(), files, out);
    }

    static void usage(String problem) {
        System.err.println("Generate: " + problem);
        System.err.println("usage: java bench/Generate.java --n <entities> [--seed <long>, default 42] --out <new folder>");
        System.exit(2);
    }

    // ---------------------------------------------------------------- the model: names, attributes, associations

    void plan(int n) {
        List<String> names = new ArrayList<>();
        for (String qualifier : QUALIFIERS) {
            for (String noun : NOUNS) {
                names.add(qualifier + noun);
            }
        }
        Collections.shuffle(names, random);
        int packageCount = (n + PER_PACKAGE - 1) / PER_PACKAGE;
        for (int p = 0; p < packageCount; p++) {
            String domain = DOMAINS.get(p % DOMAINS.size()) + (p < DOMAINS.size() ? "" : String.valueOf(p / DOMAINS.size() + 1));
            String word = Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
            String label = word.replaceAll("(\\d+)$", " $1");
            packages.add(new Pkg(p, ROOT_PACKAGE + "." + domain, label, word, new ArrayList<>()));
        }
        for (int i = 0; i < n; i++) {
            String name = names.get(i % names.size()) + (i < names.size() ? "" : String.valueOf(i / names.size() + 1));
            Pkg pkg = packages.get(i / PER_PACKAGE);
            Entity entity = new Entity(i, pkg, name);
            pkg.entities().add(entity);
            entities.add(entity);
            planAttributes(entity);
            planAssociations(entity);
        }
    }

    void planAttributes(Entity entity) {
        entity.fieldNames.add("id");
        entity.sequence = random.nextInt(100) < 40;
        List<Basic> optional = new ArrayList<>(BASICS.subList(ALWAYS, BASICS.size()));
        Collections.shuffle(optional, random);
        Set<String> chosen = new TreeSet<>();
        optional.subList(0, BASICS_PER_ENTITY - ALWAYS).forEach(b -> chosen.add(b.name()));
        for (int i = 0; i < BASICS.size(); i++) {
            Basic basic = BASICS.get(i);
            if (i < ALWAYS || chosen.contains(basic.name())) {
                entity.basics.add(basic);
                entity.fieldNames.add(basic.name());
            }
        }
        entity.embedsAddress = random.nextInt(100) < 35;
        if (entity.embedsAddress) {
            entity.fieldNames.add("address");
        }
        entity.versioned = random.nextInt(100) < 40;
        if (entity.versioned) {
            entity.fieldNames.add("version");
        }
    }

    void planAssociations(Entity entity) {
        int roll = random.nextInt(100);
        int parentCount = entity.index == 0 ? 0 : roll < 5 ? 0 : roll < 25 ? 1 : roll < 75 ? 2 : 3;
        List<Entity> samePackage = entity.pkg.entities().subList(0, entity.pkg.entities().size() - 1);
        for (int attempt = 0; entity.parents.size() < parentCount && attempt < 10; attempt++) {
            boolean across = samePackage.isEmpty() || random.nextInt(100) < 25;
            Entity target = across
                    ? entities.get(random.nextInt(entity.index))
                    : samePackage.get(random.nextInt(samePackage.size()));
            if (!entity.fieldNames.add(target.field())) {
                continue;
            }
            ManyToOne parent = new ManyToOne(target, target.field(), random.nextInt(100) < 50);
            entity.parents.add(parent);
            if (random.nextInt(100) < 30 && target.fieldNames.add(plural(entity.field()))) {
                target.children.add(new BackReference(entity, parent.field()));
            }
        }
        if (!samePackage.isEmpty() && random.nextInt(100) < 10) {
            Entity target = samePackage.get(random.nextInt(samePackage.size()));
            if (entity.fieldNames.add(plural(target.field()))) {
                entity.manyToMany.add(target);
            }
        }
    }

    // ---------------------------------------------------------------- writing (smaller choices are made here, in file order)

    int write(Path out) throws IOException {
        int files = 0;
        for (Pkg pkg : packages) {
            Path dir = out.resolve(pkg.name().replace('.', '/'));
            Files.createDirectories(dir);
            writeFile(dir.resolve("package-info.java"), packageInfo(pkg));
            writeFile(dir.resolve(pkg.status() + ".java"), enumeration(pkg, pkg.status(),
                    "Life-cycle states of the " + pkg.label().toLowerCase() + " records.",
                    List.of("DRAFT", "ACTIVE", "SUSPENDED", "CLOSED", "ARCHIVED")));
            writeFile(dir.resolve(pkg.kind() + ".java"), enumeration(pkg, pkg.kind(),
                    "Kinds of " + pkg.label().toLowerCase() + " records; each follows its own rules.",
                    List.of("STANDARD", "PREMIUM", "INTERNAL", "PARTNER", "TRIAL", "LEGACY")));
            writeFile(dir.resolve(pkg.channel() + ".java"), enumeration(pkg, pkg.channel(),
                    "Channels through which " + pkg.label().toLowerCase() + " records arrive.",
                    List.of("WEB", "MOBILE", "PHONE", "EMAIL", "STORE", "API")));
            writeFile(dir.resolve(pkg.embeddable() + ".java"), embeddable(pkg));
            files += 5;
            for (Entity entity : pkg.entities()) {
                writeFile(dir.resolve(entity.name + ".java"), entity(entity));
                files++;
            }
        }
        return files;
    }

    static void writeFile(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    String packageInfo(Pkg pkg) {
        String lower = pkg.label().toLowerCase();
        String architect = PEOPLE.get(random.nextInt(PEOPLE.size()));
        String status = List.of("DRAFT", "IN_REVIEW", "APPROVED").get(random.nextInt(3));
        String date = String.format("2026-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        Pkg upstream = packages.get(random.nextInt(packages.size()));
        Pkg downstream = packages.get(random.nextInt(packages.size()));
        return "/**\n"
                + " * " + pkg.label() + ": the records the " + lower + " team owns, from their first draft to\n"
                + " * their archive.\n"
                + " *\n"
                + " * <p>Every record has a short code and a life-cycle status; money is kept with its currency.\n"
                + " */\n"
                + "@DataModel(\n"
                + "        feature = \"" + pkg.label() + "\",\n"
                + "        architect = \"" + architect + "\",\n"
                + "        status = DataModel.Status." + status + ",\n"
                + "        date = \"" + date + "\",\n"
                + "        requirements = {\n"
                + "            \"Keep every " + lower + " record with its history of status changes.\",\n"
                + "            \"Find a record by its code in under 50 ms.\"\n"
                + "        })\n"
                + "@UsagePatterns(\n"
                + "        reads = {\"Look up by code\", \"List the open records of a customer, newest first\"},\n"
                + "        writes = \"A few thousand inserts a day, mostly during office hours\",\n"
                + "        volume = \"" + (1 + random.nextInt(90)) + " million rows after five years\",\n"
                + "        performance = \"Lookups under 50 ms at the 95th percentile\")\n"
                + "@Dependencies(\n"
                + "        upstream = \"" + upstream.label() + " service: reference data\",\n"
                + "        downstream = {\"Reporting warehouse: nightly extract\", \"" + downstream.label() + " service: events\"})\n"
                + "@Risk(value = \"Growth of the largest table beyond the planned volume\", kind = Risk.Kind.TECHNICAL,\n"
                + "        impact = Risk.Impact.MEDIUM, mitigation = \"Monthly partitions; archive after three years\")\n"
                + "package " + pkg.name() + ";\n"
                + "\n"
                + "import io.modeldoc.annotations.DataModel;\n"
                + "import io.modeldoc.annotations.Dependencies;\n"
                + "import io.modeldoc.annotations.Risk;\n"
                + "import io.modeldoc.annotations.UsagePatterns;\n";
    }

    static String enumeration(Pkg pkg, String name, String doc, List<String> constants) {
        StringBuilder text = new StringBuilder();
        text.append("package ").append(pkg.name()).append(";\n\n");
        text.append("/** ").append(doc).append(" */\n");
        text.append("public enum ").append(name).append(" {\n");
        for (int i = 0; i < constants.size(); i++) {
            String constant = constants.get(i);
            text.append("    /** ").append(sentence(constant.toLowerCase())).append(". */\n");
            text.append("    ").append(constant).append(i + 1 < constants.size() ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }

    String embeddable(Pkg pkg) {
        ClassWriter writer = new ClassWriter(pkg.name());
        writer.field("Street and house number.", "String", "street", "",
                List.of("@Size(max = 200)", "@Column(length = 200)"), true);
        writer.field("City or town.", "String", "city", "",
                List.of("@Size(max = 100)", "@Column(length = 100)"), true);
        writer.field("Postal code, as the country writes it.", "String", "postalCode", "",
                List.of("@Size(max = 16)", "@Column(name = \"postal_code\", length = 16)"), true);
        writer.field("ISO 3166 two-letter country code.", "String", "countryCode", "",
                List.of("@Size(min = 2, max = 2)", "@Column(name = \"country_code\", length = 2)"), true);
        return writer.render("A postal address as the " + pkg.label().toLowerCase() + " feature stores it.",
                List.of("@Embeddable"), pkg.embeddable());
    }

    String entity(Entity entity) {
        Pkg pkg = entity.pkg;
        ClassWriter writer = new ClassWriter(pkg.name());

        if (entity.sequence) {
            String generator = entity.table() + "_seq";
            writer.field("Surrogate key, from a sequence.", "Long", "id", "", List.of(
                    "@Id",
                    "@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"" + generator + "\")",
                    "@SequenceGenerator(name = \"" + generator + "\", sequenceName = \"" + generator + "\", allocationSize = 50)"),
                    false);
        } else {
            writer.field("Surrogate key, assigned by the database.", "Long", "id", "",
                    List.of("@Id", "@GeneratedValue(strategy = GenerationType.IDENTITY)"), false);
        }
        for (Basic basic : entity.basics) {
            List<String> annotations = new ArrayList<>(basic.annotations());
            String doc = basic.doc().formatted(entity.words());
            int roll = random.nextInt(100);
            if (roll < 8) {
                annotations.add("@Purpose(\"" + doc + "\")");
            }
            if (roll < 8 + 15) {
                doc = null;
            }
            if (CHECKS.containsKey(basic.name()) && random.nextInt(100) < 30) {
                annotations.add("@BusinessRule(value = \"" + sentence(words(basic.name())) + " stays within its allowed range.\", check = \""
                        + CHECKS.get(basic.name()) + "\")");
            }
            writer.field(doc, type(pkg, basic.type()), basic.name(), "", annotations, true);
        }
        if (entity.embedsAddress) {
            writer.field("Where the " + entity.words() + " is located.", pkg.embeddable(), "address", "",
                    List.of("@Embedded"), true);
        }
        if (entity.versioned) {
            writer.field("Optimistic lock version.", "Long", "version", "", List.of("@Version"), false);
        }
        for (ManyToOne parent : entity.parents) {
            writer.use(pkg, parent.target());
            String column = parent.target().table() + "_id";
            List<String> annotations = parent.optional()
                    ? List.of("@ManyToOne(fetch = FetchType.LAZY)", "@JoinColumn(name = \"" + column + "\")")
                    : List.of("@NotNull", "@ManyToOne(fetch = FetchType.LAZY, optional = false)",
                            "@JoinColumn(name = \"" + column + "\", nullable = false)");
            writer.field("The " + parent.target().words() + " this " + entity.words() + " belongs to.",
                    parent.target().name, parent.field(), "", annotations, true);
        }
        for (BackReference child : entity.children) {
            writer.use(pkg, child.source());
            writer.field("The " + child.source().words() + " records of this " + entity.words() + ".",
                    "List<" + child.source().name + ">", plural(child.source().field()), " = new ArrayList<>()",
                    List.of("@OneToMany(mappedBy = \"" + child.mappedBy() + "\")"), false);
        }
        for (Entity target : entity.manyToMany) {
            writer.field("The " + target.words() + " records linked to this " + entity.words() + ".",
                    "Set<" + target.name + ">", plural(target.field()), " = new LinkedHashSet<>()", List.of(
                            "@ManyToMany",
                            "@JoinTable(name = \"" + entity.table() + "_" + target.table() + "\",\n"
                                    + "            joinColumns = @JoinColumn(name = \"" + entity.table() + "_id\"),\n"
                                    + "            inverseJoinColumns = @JoinColumn(name = \"" + target.table() + "_id\"))"),
                    false);
        }
        return writer.render(classDoc(entity), classAnnotations(entity), entity.name);
    }

    String classDoc(Entity entity) {
        String label = entity.pkg.label().toLowerCase();
        return switch (random.nextInt(3)) {
            case 0 -> "A " + entity.words() + " as the " + label + " team records it.\n\n"
                    + "<p>Created by the " + label + " service and changed only through it.";
            case 1 -> "One " + entity.words() + "; the " + label + " feature keeps one per business event.";
            default -> "The " + entity.words() + " of a customer or partner.\n\n"
                    + "<p>Read often, written rarely: most changes are status changes.";
        };
    }

    List<String> classAnnotations(Entity entity) {
        List<String> annotations = new ArrayList<>();
        annotations.add("@Entity");
        annotations.add(table(entity));
        if (random.nextInt(100) < 30) {
            annotations.add("@Purpose(\"Keeps each " + entity.words() + " so that the " + entity.pkg.label().toLowerCase()
                    + " team can answer for it later.\")");
        }
        if (random.nextInt(100) < 30) {
            String checked = entity.has("amount") ? "amount" : entity.has("quantity") ? "quantity" : null;
            annotations.add(checked == null
                    ? "@BusinessRule(id = \"BR-" + (entity.index + 1) + "\", value = \"A closed " + entity.words() + " is never reopened.\")"
                    : "@BusinessRule(id = \"BR-" + (entity.index + 1) + "\", value = \"The " + checked + " is never negative.\", check = \""
                            + checked + " >= 0\")");
            if (random.nextInt(100) < 30) {
                annotations.add("@BusinessRule(value = \"Only the owning team changes a " + entity.words() + ".\")");
            }
        }
        if (random.nextInt(100) < 20) {
            annotations.add("@AccessControl(read = {\"" + entity.pkg.service() + "\", \"reporting\"}, write = \""
                    + entity.pkg.service() + "\",\n        audit = \"Every change is logged with the user and the time\")");
        }
        if (random.nextInt(100) < 15) {
            annotations.add("@Archival(\"Moved to the archive schema two years after it is closed.\")");
        }
        if (random.nextInt(100) < 10) {
            annotations.add("@Risk(value = \"Concurrent edits of the same " + entity.words() + "\", kind = Risk.Kind.BUSINESS,\n"
                    + "        impact = Risk.Impact.LOW, mitigation = \"Optimistic locking; the second writer retries\")");
        }
        if (random.nextInt(100) < 10) {
            annotations.add("@UsagePatterns(reads = \"By code, many times a second\", volume = \"" + (1 + random.nextInt(500))
                    + ",000 rows a month\")");
        }
        return annotations;
    }

    String table(Entity entity) {
        List<String> candidates = new ArrayList<>();
        for (String column : INDEXABLE) {
            if (entity.basics.stream().anyMatch(b -> b.column().equals(column))) {
                candidates.add(column);
            }
        }
        entity.parents.forEach(p -> candidates.add(p.target().table() + "_id"));
        Collections.shuffle(candidates, random);
        int count = Math.min(candidates.size(), 1 + random.nextInt(3));
        List<String> indexes = new ArrayList<>();
        for (String column : candidates.subList(0, count)) {
            String columns = column.equals("status") && random.nextBoolean() ? "status, created_at" : column;
            indexes.add("@Index(name = \"idx_" + entity.table() + "_" + columns.replace(", ", "_") + "\", columnList = \"" + columns + "\")");
        }
        return "@Table(name = \"" + entity.table() + "\", indexes = {\n        "
                + String.join(",\n        ", indexes) + "})";
    }

    static String type(Pkg pkg, String type) {
        return switch (type) {
            case "STATUS" -> pkg.status();
            case "KIND" -> pkg.kind();
            case "CHANNEL" -> pkg.channel();
            default -> type;
        };
    }

    // ---------------------------------------------------------------- text helpers

    /** {@code CustomerProfile}, {@code createdAt} → {@code customer_profile}, {@code created_at}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    static String words(String camel) {
        return snake(camel).replace('_', ' ');
    }

    static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String plural(String word) {
        if (word.endsWith("y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") ? word + "es" : word + "s";
    }

    /** Collects the fields of one class, then renders it with its imports, fields and accessors. */
    static final class ClassWriter {
        private final String packageName;
        private final Set<String> imports = new TreeSet<>();
        private final StringBuilder fields = new StringBuilder();
        private final StringBuilder accessors = new StringBuilder();

        ClassWriter(String packageName) {
            this.packageName = packageName;
        }

        /** Imports the simple names of {@link #IMPORTS} that {@code code} mentions. */
        void scan(String code) {
            Matcher words = WORD.matcher(code.replaceAll("\"[^\"]*\"", ""));
            while (words.find()) {
                String known = IMPORTS.get(words.group());
                if (known != null) {
                    imports.add(known);
                }
            }
        }

        /** Imports another package's entity. */
        void use(Pkg from, Entity other) {
            if (!other.pkg.name().equals(from.name())) {
                imports.add(other.pkg.name() + "." + other.name);
            }
        }

        void field(String doc, String type, String name, String initializer, List<String> annotations, boolean setter) {
            fields.append('\n');
            if (doc != null) {
                fields.append("    /** ").append(doc).append(" */\n");
            }
            for (String annotation : annotations) {
                scan(annotation);
                fields.append("    ").append(annotation).append('\n');
            }
            scan(type + initializer);
            fields.append("    private ").append(type).append(' ').append(name).append(initializer).append(";\n");

            String property = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String getter = (type.equals("boolean") ? "is" : "get") + property;
            accessors.append("\n    public ").append(type).append(' ').append(getter).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n");
            if (setter) {
                accessors.append("\n    public void set").append(property).append('(').append(type).append(' ').append(name)
                        .append(") {\n        this.").append(name).append(" = ").append(name).append(";\n    }\n");
            }
        }

        String render(String doc, List<String> annotations, String name) {
            annotations.forEach(this::scan);
            StringBuilder text = new StringBuilder();
            text.append("package ").append(packageName).append(";\n\n");
            for (String fqcn : imports) {
                text.append("import ").append(fqcn).append(";\n");
            }
            text.append("\n/**\n");
            for (String line : doc.split("\n", -1)) {
                text.append(line.isEmpty() ? " *\n" : " * " + line + "\n");
            }
            text.append(" */\n");
            annotations.forEach(a -> text.append(a).append('\n'));
            text.append("public class ").append(name).append(" {\n");
            text.append(fields).append(accessors);
            return text.append("}\n").toString();
        }
    }
}
