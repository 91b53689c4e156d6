package io.modeldoc.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.modeldoc.processor.diag.Message;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.diag.Reporter;
import io.modeldoc.processor.javagen.SchemaClassGenerator;
import io.modeldoc.processor.javagen.TableConstantsGenerator;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.model.DeclaredQuery;
import io.modeldoc.processor.model.Entity;
import io.modeldoc.processor.model.Feature;
import io.modeldoc.processor.model.Table;
import io.modeldoc.processor.output.BuildInputs;
import io.modeldoc.processor.output.OutputFolder;
import io.modeldoc.processor.output.OutputRecord;
import io.modeldoc.processor.output.PreviousOutputs;
import io.modeldoc.processor.output.ReadDigest;
import io.modeldoc.processor.output.ResourceWriter;
import io.modeldoc.processor.read.DocComments;
import io.modeldoc.processor.read.EntityReader;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.read.FeatureReader;
import io.modeldoc.processor.read.JpaNames;
import io.modeldoc.processor.read.RepositoryReader;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.snapshot.PreviousBuild;
import io.modeldoc.processor.sql.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * ModelDoc's annotation processor.
 *
 * <p>The pipeline, one step per class:
 * <ol>
 *   <li>Every round, {@link EntityReader} reads each new {@code @Entity} into an immutable
 *       {@link EntitySource} while its elements are valid; a broken entity is reported on and left
 *       out, the others go on. {@link RepositoryReader} reads the queries of the Spring Data repositories
 *       among the round's types.</li>
 *   <li>In the round the entities arrive, what the model is made of is gathered on javac's thread
 *       ({@link ModelInputs}: the entities read, what their associations reach in other modules through
 *       {@link OtherModules} (class files on the class path, named by their module's {@code model.json}), each
 *       package's feature, the repositories' queries), and {@code ModelDocSchema} is generated; a source created
 *       then is still compiled and processed normally. An {@link OutputJob} starts from those inputs on a background
 *       thread ({@link Speculation}) while javac compiles: {@link io.modeldoc.processor.assemble.ModelAssembler}
 *       builds the {@link DataModel}, {@link io.modeldoc.processor.query.QueryAnalyzer} works out the table accesses
 *       of every declared query, the checks and the lint run, then the renderers
 *       ({@link io.modeldoc.processor.output.Outputs}: scripts per dialect, documents, index, snapshot). With
 *       {@code modeldoc.baseline}, the earlier {@code model.json} is read back into a {@link DataModel}, and
 *       {@code migrate} diffs the two into migration and rollback scripts per dialect and the documents' New,
 *       Modified and Existing entities. With {@code modeldoc.constants=entity} the model is also assembled on
 *       javac's thread, for the {@code <Entity>Table} sources.</li>
 *   <li>In the last round, the inputs are gathered once more. If they are those the background job started from
 *       (the same entities read), its result is used, else the job runs now. Diagnostics are reported and the files
 *       written once through the
 *       {@code Filer}, on javac's thread, and to {@code modeldoc.outputDir} (or compared with it, under
 *       {@code modeldoc.verify=on}). After an ERROR about options, nothing is written.</li>
 * </ol>
 * A partial build whose compiled classes are all entities that read as the previous build read them skips steps 2
 * and 3: the previous outputs stay as they are and its recorded problems are reported again
 * ({@link io.modeldoc.processor.output.OutputRecord}).
 * No exception escapes: an unexpected one becomes a single ERROR on the element being processed.
 */
@AutoService(Processor.class)
public final class ModelDocProcessor extends AbstractProcessor {

    private Settings settings;
    private Reporter reporter;
    private EntityReader entityReader;
    private FeatureReader featureReader;
    private OtherModules otherModules;
    private EntityReader classFileReader;
    private RepositoryReader repositoryReader;
    /** The queries of each Spring Data repository, by the repository's qualified name. */
    private final Map<String, List<DeclaredQuery>> repositories = new TreeMap<>();
    /** Repositories compiled from source in this compilation. */
    private final Set<String> compiledRepositories = new TreeSet<>();
    private final Map<String, EntitySource> sources = new TreeMap<>();
    /** Entities compiled from source in this compilation (the others come from class files). */
    private final Set<String> compiledEntities = new TreeSet<>();
    /** Entities of this compilation with an ERROR on them: left out of every output, and nothing refers to them. */
    private final Set<String> faulty = new TreeSet<>();
    private PreviousBuild previous;
    private PreviousOutputs previousOutputs = PreviousOutputs.NONE;
    /** Whether the first round, which looks for the previous build, has run. */
    private boolean started;
    /**
     * Whether this compilation is ModelDoc's business: it compiles an entity or a {@code @DataModel} package, or the
     * output folder holds a previous build's outputs (which any class compiled may change). A module with none of
     * these gets no outputs.
     */
    private boolean involved;
    /** The previous build's record and files, when the classes compiled read as before; {@code null} otherwise. */
    private Unchanged unchanged;
    /** {@link BuildInputs#fingerprint}, taken once; {@code null} until then. */
    private String fingerprint;
    private final Set<String> generated = new TreeSet<>();
    /** The package {@code ModelDocSchema} was generated in; {@code null} until it is. */
    private String schemaClassPackage;
    /** The {@link OutputRecord#stamp} of the {@code ModelDocSchema} source written; empty when none was, or unknown. */
    private String schemaClassStamp = "";
    /** An option is wrong: the outputs would follow settings the user did not ask for, so none is written. */
    private boolean optionErrors;
    private boolean outputsReused;
    private final Speculation<OutputJob, OutputJob.Result> outputs = new Speculation<>(OutputJob::run);
    private final Consumer<String> beforeEntity;

    /** The processor javac runs. */
    public ModelDocProcessor() {
        this(name -> { });
    }

    /** For tests: {@code beforeEntity} runs before each entity is read, e.g. to inject a fault. */
    ModelDocProcessor(Consumer<String> beforeEntity) {
        this.beforeEntity = beforeEntity;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        List<String> problems = new ArrayList<>();
        settings = Settings.parse(env.getOptions(), problems);
        reporter = new Reporter(env.getMessager(), settings.lint().equals("error"));
        if (!settings.templates().isEmpty() && !new File(settings.templates()).isDirectory()) {
            problems.add(Message.TEMPLATES_NOT_A_FOLDER.format(settings.templates()));
            settings = settings.withTemplates("");
        }
        problems.forEach(problem -> reporter.report(Message.OPTION_PROBLEM, problem));
        optionErrors = !problems.isEmpty();
        DocComments docs = new DocComments(env.getElementUtils(), SourceElements.of(env));
        entityReader = new EntityReader(env.getElementUtils(), env.getTypeUtils(), docs, reporter, settings.validationDdl());
        featureReader = new FeatureReader(env.getElementUtils(), docs, pkg -> previous().packageDescription(pkg));
        // Another module's class files are that module's business: reading them reports nothing.
        classFileReader = new EntityReader(env.getElementUtils(), env.getTypeUtils(), docs, Reporter.silent(), settings.validationDdl());
        repositoryReader = new RepositoryReader(env.getTypeUtils());
        otherModules = new OtherModules(env.getElementUtils(), env.getFiler(), classFileReader, settings);
    }

    /**
     * Every compilation: a class without {@code @Entity} may still change the model (an embeddable's fields, an enum's
     * constants, a converter, a mapped superclass), and a partial build that recompiles only it must update the
     * outputs. The processor claims nothing, so other processors see every annotation.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Arrays.stream(Option.values()).map(Option::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        entityReader.newRound();
        classFileReader.newRound();
        featureReader.newRound();
        repositoryReader.newRound();
        if (round.processingOver()) {
            guarded(null, "the outputs", this::writeOutputs);
        } else {
            List<TypeElement> arrived = collect(round);
            involved |= !compiledEntities.isEmpty() || dataModelIn(round);
            readRepositories(ElementFilter.typesIn(round.getRootElements()));
            if (!started) {
                started = true;
                PreviousOutputs recorded = PreviousOutputs.find(processingEnv.getFiler(), fingerprint());
                unchanged = unchangedSources(round, recorded).orElse(null);
                involved |= recorded.record().isPresent();
                if (unchanged == null) {
                    previous = PreviousBuild.read(processingEnv.getFiler());
                    involved |= previous.model() != null;
                    previousOutputs = recorded.withModel(previous.model());
                    guarded(null, "the entities of the previous build", this::readUnchangedEntities);
                    guarded(null, "the repositories of the previous build", this::readUnchangedRepositories);
                }
            }
            if (unchanged != null) {
                guarded(null, "the generated Java", this::keepSchemaClass);
            } else if (!arrived.isEmpty() && !optionErrors) {
                guarded(null, "the generated Java", () -> generateJava(arrived));
            }
        }
        return false;
    }

    /**
     * The previous build's record, its files still as written; their contents only where {@code modeldoc.outputDir}
     * needs them (the files themselves are left as they are).
     *
     * @param restamp whether the files' stamps changed though their contents did not (a build folder copied, say):
     *                the record is then written again with the new stamps
     */
    private record Unchanged(OutputRecord record, Map<String, byte[]> contents, boolean restamp) {
    }

    /**
     * The previous build's outputs, when this compilation cannot change them: every class compiled is an entity that
     * reads exactly as the previous build read it, that build used no other module's entities, and every file it
     * wrote is still as written (by length and modification time). The model is then the previous one, so neither the
     * other entities' class files nor {@code model.json} need reading, and the files need no writing. Any other class
     * compiled (an embeddable, an enum, a converter, a repository, a package-info) may change what the others read, and
     * the whole model is assembled as usual.
     */
    private Optional<Unchanged> unchangedSources(RoundEnvironment round, PreviousOutputs recorded) {
        Optional<OutputRecord> record = recorded.record();
        if (record.isEmpty() || optionErrors || settings.entityConstants() || !faulty.isEmpty()) {
            return Optional.empty();
        }
        OutputRecord.Sources before = record.get().sources();
        if (before == OutputRecord.Sources.UNKNOWN || before.externals()) {
            return Optional.empty();
        }
        for (Element root : round.getRootElements()) {
            EntitySource source = root instanceof TypeElement type ? sources.get(type.getQualifiedName().toString()) : null;
            if (source == null || !ReadDigest.of(source).equals(before.entities().get(source.qualifiedName()))) {
                return Optional.empty();
            }
        }
        boolean stamped = recorded.stampsHold();
        if (stamped && settings.outputDir().isEmpty()) {
            return Optional.of(new Unchanged(record.get(), Map.of(), false));
        }
        return recorded.contents().map(contents -> new Unchanged(record.get(), contents, !stamped));
    }

    private boolean dataModelIn(RoundEnvironment round) {
        for (String name : JpaNames.DATA_MODEL) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation != null && !round.getElementsAnnotatedWith(annotation).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<TypeElement> collect(RoundEnvironment round) {
        List<TypeElement> arrived = new ArrayList<>();
        for (String name : JpaNames.ENTITY) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
            if (annotation == null) {
                continue;
            }
            for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
                String qualifiedName = type.getQualifiedName().toString();
                compiledEntities.add(qualifiedName);
                if (!sources.containsKey(qualifiedName)) {
                    guarded(type, qualifiedName, () -> {
                        beforeEntity.accept(qualifiedName);
                        entityReader.read(type).ifPresent(source -> {
                            sources.put(qualifiedName, source);
                            arrived.add(type);
                        });
                    });
                    if (!sources.containsKey(qualifiedName)) {
                        faulty.add(qualifiedName);
                    }
                }
            }
        }
        return arrived;
    }

    /**
     * In a partial build, the entities of the previous build that were not recompiled: read from
     * their class files, with the descriptions their Javadoc gave last time. A deleted entity has no
     * class any more, so it drops out.
     */
    private void readUnchangedEntities() {
        for (String name : previous.entities()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (!sources.containsKey(name) && type != null && entityReader.isEntity(type)) {
                guarded(type, name, () -> entityReader.read(type).ifPresent(source -> sources.put(name, source)));
                if (!sources.containsKey(name)) {
                    faulty.add(name);
                }
            }
        }
    }

    /** The Spring Data repositories among the types of a round (and their member types), by the interfaces they extend. */
    private void readRepositories(java.util.Collection<TypeElement> types) {
        for (TypeElement type : types) {
            String name = type.getQualifiedName().toString();
            guarded(type, name, () -> repositoryReader.read(type).ifPresent(queries -> {
                repositories.put(name, queries);
                compiledRepositories.add(name);
            }));
            readRepositories(ElementFilter.typesIn(type.getEnclosedElements()));
        }
    }

    /** In a partial build, the repositories of the previous build that were not recompiled: read from their class files. */
    private void readUnchangedRepositories() {
        for (String name : previous.repositories()) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (!repositories.containsKey(name) && type != null) {
                repositoryReader.read(type).ifPresent(queries -> repositories.put(name, queries));
            }
        }
    }

    private void generateJava(List<TypeElement> arrived) throws IOException {
        ModelInputs inputs = inputs();
        // Unless a later round changes what the model is made of, this is what the last round will write.
        outputs.start(new OutputJob(settings, inputs, previousOutputs));
        if (settings.entityConstants()) {
            generateConstants(arrived, inputs.assemble(settings).model());
        }
        if (schemaClassPackage == null) {
            writeSchemaClass(schemaPackage());
        }
    }

    private void generateConstants(List<TypeElement> arrived, DataModel model) throws IOException {
        Map<String, Table> tables = model.tables().stream().collect(Collectors.toMap(Table::name, t -> t, (a, b) -> a));
        Map<String, Entity> entities = model.entities().stream().collect(Collectors.toMap(Entity::qualifiedName, e -> e));
        Map<String, List<Table>> secondaryTables = model.tables().stream().filter(Table::isSecondaryTable)
                .collect(Collectors.groupingBy(Table::secondaryOf));
        TableConstantsGenerator constants = new TableConstantsGenerator();
        for (TypeElement type : arrived) {
            String qualifiedName = type.getQualifiedName().toString();
            Entity entity = entities.get(qualifiedName);
            // An abstract class of a table-per-class hierarchy has no table, so no constants; a left-out entity neither.
            if (entity != null && tables.containsKey(entity.table()) && generated.add(qualifiedName)) {
                write(constants.generate(entity, tables.get(entity.table()),
                        secondaryTables.getOrDefault(qualifiedName, List.of()), sources.get(qualifiedName).packageName(), type));
            }
        }
    }

    private void writeSchemaClass(String packageName) throws IOException {
        if (schemaClassPackage == null) {
            schemaClassPackage = packageName;
            JavaFile file = new SchemaClassGenerator().generate(packageName, settings.dialects().stream().map(Dialect::name).toList());
            JavaFileObject source = processingEnv.getFiler().createSourceFile(qualified(packageName, SchemaClassGenerator.CLASS_NAME));
            try (Writer out = source.openWriter()) {
                file.writeTo(out);
            }
            schemaClassStamp = ResourceWriter.stampOf(source).orElse("");
        }
    }

    /**
     * For classes that read as in the previous build: {@code ModelDocSchema} as it is, when its source is still as
     * written and its class is there; else written again.
     */
    private void keepSchemaClass() throws IOException {
        OutputRecord.Sources before = unchanged.record().sources();
        if (schemaClassPackage != null) {
            return;
        }
        String path = SchemaClassGenerator.CLASS_NAME;
        Filer filer = processingEnv.getFiler();
        boolean kept = !before.schemaSource().isEmpty()
                && ResourceWriter.stampOf(filer.getResource(StandardLocation.SOURCE_OUTPUT, before.schemaPackage(), path + ".java"))
                        .equals(Optional.of(before.schemaSource()))
                && ResourceWriter.stampOf(filer.getResource(StandardLocation.CLASS_OUTPUT, before.schemaPackage(), path + ".class"))
                        .isPresent();
        if (kept) {
            schemaClassPackage = before.schemaPackage();
            schemaClassStamp = before.schemaSource();
        } else {
            writeSchemaClass(before.schemaPackage());
        }
    }

    private static String qualified(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    private void writeOutputs() throws IOException {
        if (!involved) {
            return;
        }
        if (unchanged != null) {
            writeUnchangedOutputs();
            return;
        }
        OutputJob.Result result = outputs.get(new OutputJob(settings, inputs(), previousOutputs));
        outputsReused = result.reused();
        if (result.baselineError() != null) {
            reporter.report(Message.BAD_BASELINE, result.baselineError());
        }
        List<Problem> documentation = result.documentationFindings();
        List<Problem> queries = result.queryFindings();
        reportProblems(result.problems(), documentation, queries);
        result.failures().forEach(this::reportTemplate);
        result.migrationWarnings().forEach(warning -> reporter.report(Message.MIGRATION_RISK, warning));
        if (optionErrors) {
            reporter.report(Message.NOTHING_WRITTEN);
            return;
        }
        String schemaPackage = schemaClassPackage == null ? schemaPackage() : schemaClassPackage;
        List<OutputRecord.Recorded> recorded = new ArrayList<>();
        result.problems().forEach(p -> recorded.add(OutputRecord.Recorded.of(OutputRecord.Group.REPORTED, p)));
        documentation.forEach(p -> recorded.add(OutputRecord.Recorded.of(OutputRecord.Group.DOCUMENTATION, p)));
        queries.forEach(p -> recorded.add(OutputRecord.Recorded.of(OutputRecord.Group.QUERY, p)));
        // A record of files from a failed template or a broken baseline is never trusted: the next build renders.
        boolean trusted = result.failures().isEmpty() && result.baselineError() == null;
        Map<String, byte[]> files = ResourceWriter.utf8(result.files());
        write(files, OutputRecord.of(trusted ? fingerprint() : "", result.migrationWarnings(), files,
                new OutputRecord.Sources(result.sourceDigests(), schemaPackage, result.externals(), schemaClassStamp), recorded),
                schemaPackage);
    }

    /**
     * For classes that read as they did in the previous build: its problems reported again (the lint's on the classes
     * compiled), its files left as they are, and {@code modeldoc.outputDir} updated or compared as always.
     */
    private void writeUnchangedOutputs() throws IOException {
        OutputRecord record = unchanged.record();
        outputsReused = true;
        reportProblems(recorded(record, OutputRecord.Group.REPORTED, null),
                recorded(record, OutputRecord.Group.DOCUMENTATION, compiledEntities),
                recorded(record, OutputRecord.Group.QUERY, compiledEntities));
        record.warnings().forEach(warning -> reporter.report(Message.MIGRATION_RISK, warning));
        if (unchanged.restamp()) {
            new ResourceWriter(processingEnv.getFiler()).writeRecord(record.withStamps(
                    PreviousOutputs.stampsNow(processingEnv.getFiler(), record.stamps().keySet())));
        }
        updateOutputDir(unchanged.contents());
    }

    /** The recorded problems of a group, only those on {@code types} unless that is {@code null}. */
    private static List<Problem> recorded(OutputRecord record, OutputRecord.Group group, Set<String> types) {
        return record.problems().stream().filter(p -> p.group() == group && (types == null || types.contains(p.type())))
                .map(OutputRecord.Recorded::problem).flatMap(Optional::stream).toList();
    }

    /** Reports the model's problems, and the lint findings on the types compiled from source. */
    private void reportProblems(List<Problem> problems, List<Problem> documentation, List<Problem> queries) {
        problems.forEach(problem -> reporter.report(problem, processingEnv.getElementUtils()));
        if (!settings.lint().equals("off")) {
            new DocumentationLint(processingEnv.getElementUtils(), reporter).report(documentation, compiledEntities);
            Set<String> compiled = new TreeSet<>(compiledEntities);
            compiled.addAll(compiledRepositories);
            new QueryLint(processingEnv, reporter).report(queries, compiled);
        }
    }

    /** Writes the files, the record of them, the create scripts beside {@code ModelDocSchema}, and {@code modeldoc.outputDir}. */
    private void write(Map<String, byte[]> files, OutputRecord record, String schemaPackage) throws IOException {
        ResourceWriter writer = new ResourceWriter(processingEnv.getFiler());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            writer.write(file.getKey(), file.getValue());
        }
        // Every module's jar has modeldoc/schema-*.sql: ModelDocSchema reads its own copies, beside it.
        writer.writeBesideSchemaClass(schemaPackage, files);
        writer.writeRecord(record.withStamps(writer.stamps()));
        updateOutputDir(files);
    }

    /** {@code modeldoc.outputDir}, when set: updated to the files, or compared with them under {@code modeldoc.verify}. */
    private void updateOutputDir(Map<String, byte[]> files) throws IOException {
        if (!settings.outputDir().isEmpty()) {
            OutputFolder folder = new OutputFolder(Path.of(settings.outputDir()));
            if (settings.verify()) {
                folder.compare(files).forEach(d -> reporter.report(Message.STALE_OUTPUT, d.file(), d.change()));
            } else {
                folder.update(files);
            }
        }
    }

    private String fingerprint() {
        if (fingerprint == null) {
            fingerprint = BuildInputs.fingerprint(processingEnv.getOptions(), settings.templates(), settings.baseline());
        }
        return fingerprint;
    }

    /** For tests: whether the last round wrote the previous build's files again, the model being the same. */
    boolean outputsReused() {
        return outputsReused;
    }

    /** For tests: whether the compiled classes read as in the previous build, so that its outputs were written again unassembled. */
    boolean sourcesUnchanged() {
        return unchanged != null;
    }

    /** For tests: whether the last round wrote the outputs rendered ahead, in the background. */
    boolean outputsRenderedAhead() {
        return outputs.lastWasAhead();
    }

    private void reportTemplate(Renderer.TemplateFailure failure) {
        reporter.report(Message.TEMPLATE_FAILED, templatePath(failure.templateName()), failure.line(), failure.getMessage());
    }

    /** The path of an overriding template, or the built-in template's name. */
    private String templatePath(String name) {
        File override = new File(settings.templates(), name);
        return !settings.templates().isEmpty() && override.isFile() ? override.getPath() : "built-in " + name;
    }

    /**
     * What the model of every entity is assembled from, read on javac's thread: with the entities of other modules
     * that the associations reach. An entity of this module that only a class file holds (a partial build without the
     * previous {@code model.json}) joins the sources.
     */
    private ModelInputs inputs() {
        OtherModules.Found found = otherModules.resolve(sources.values(), faulty);
        while (found.own().stream().anyMatch(own -> !sources.containsKey(own.qualifiedName()))) {
            found.own().forEach(own -> sources.putIfAbsent(own.qualifiedName(), own));
            found = otherModules.resolve(sources.values(), faulty);
        }
        Map<String, Optional<Feature>> features = new TreeMap<>();
        sources.values().forEach(s -> features.computeIfAbsent(s.packageName(), featureReader::featureOf));
        List<DeclaredQuery> queries = repositories.values().stream().flatMap(List::stream).toList();
        return new ModelInputs(List.copyOf(sources.values()), faulty, found, features, queries, previous());
    }

    private PreviousBuild previous() {
        return previous == null ? PreviousBuild.NONE : previous;
    }

    /** {@code modeldoc.package}, else the longest package all entities share. */
    private String schemaPackage() {
        if (!settings.schemaPackage().isEmpty()) {
            return settings.schemaPackage();
        }
        String common = null;
        for (EntitySource source : sources.values()) {
            common = common == null ? source.packageName() : commonPackage(common, source.packageName());
        }
        return common == null ? "" : common;
    }

    private static String commonPackage(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        int n = 0;
        while (n < left.length && n < right.length && left[n].equals(right[n])) {
            n++;
        }
        return String.join(".", Arrays.asList(left).subList(0, n));
    }

    private void write(JavaFile file) throws IOException {
        file.writeTo(processingEnv.getFiler());
    }

    /** Runs one step; an unexpected failure becomes one ERROR on {@code element}, never a stack trace. */
    private void guarded(Element element, String what, Step step) {
        try {
            step.run();
        } catch (Renderer.TemplateFailure e) {
            reportTemplate(e);
        } catch (IOException e) {
            reporter.report(Message.WRITE_FAILED, element, what, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            reporter.report(Message.INTERNAL_ERROR, element, what, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
