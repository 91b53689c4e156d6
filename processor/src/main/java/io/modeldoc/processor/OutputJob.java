package io.modeldoc.processor;

import io.modeldoc.processor.check.ModelChecks;
import io.modeldoc.processor.diag.Problem;
import io.modeldoc.processor.model.DataModel;
import io.modeldoc.processor.output.ReadDigest;
import io.modeldoc.processor.output.Outputs;
import io.modeldoc.processor.output.PreviousOutputs;
import io.modeldoc.processor.query.DroppedIndexes;
import io.modeldoc.processor.read.EntitySource;
import io.modeldoc.processor.render.Renderer;
import io.modeldoc.processor.render.Templates;
import io.modeldoc.processor.snapshot.BaselineReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The part of the last round that needs no javac element: assembling the model, reading the baseline, the model
 * checks, the lint and every rendered output. It depends on nothing but these immutable inputs, so two equal jobs
 * give equal results, and a job may run on another thread while javac works.
 *
 * @param inputs          what the model is assembled from
 * @param previousOutputs the previous build's files, written again when the model is the same
 */
record OutputJob(Settings settings, ModelInputs inputs, PreviousOutputs previousOutputs) {

    /**
     * What the job found and rendered, for the processor to report and write on javac's thread.
     *
     * @param baselineError     why {@code modeldoc.baseline} could not be read; {@code null} when it could, or when none is set
     * @param problems          the assembly problems, then those of the checks
     * @param files             path below {@code modeldoc/} → content
     * @param failures          the templates that failed
     * @param migrationWarnings what the migration cannot do safely
     * @param reused            whether the files are the previous build's, the model being the same
     * @param sourceDigests     each entity's qualified name → the {@link ReadDigest digest} of its source
     * @param externals         whether entities of other modules took part
     * @param documentationFindings the lint's findings on missing documentation (none when the lint is off)
     * @param queryFindings     the lint's findings on the declared queries (none when the lint is off)
     */
    record Result(String baselineError, List<Problem> problems, Map<String, String> files,
                  List<Renderer.TemplateFailure> failures, List<String> migrationWarnings, boolean reused,
                  Map<String, String> sourceDigests, boolean externals, List<Problem> documentationFindings,
                  List<Problem> queryFindings) {
    }

    Result run() {
        ModelInputs.Assembly assembly = inputs.assemble(settings);
        List<EntitySource> sources = assembly.sources();
        DataModel model = assembly.model();
        boolean lint = !settings.lint().equals("off");
        List<Problem> documentation = lint ? DocumentationLint.findings(model) : List.of();
        List<Problem> queries = lint ? QueryLint.findings(model, settings, settings::namer) : List.of();
        List<String> baselineError = new ArrayList<>(1);
        DataModel baseline = baseline(baselineError);
        List<Problem> problems = new ArrayList<>(assembly.problems());
        // The assembly ran the model's own checks (to leave out the entities they find fault with); those against
        // the baseline are left.
        problems.addAll(new ModelChecks().runAgainst(baseline, sources, model, settings.dialects()));
        if (baseline != null) {
            problems.addAll(DroppedIndexes.of(baseline, model, settings.dialects(), settings::namer));
        }
        List<Problem> distinct = problems.stream().distinct().toList();
        String error = baselineError.isEmpty() ? null : baselineError.get(0);
        // For the record: a later build whose classes read the same need not assemble the model (done here, off javac's thread).
        Map<String, String> digests = new TreeMap<>();
        sources.forEach(source -> digests.put(source.qualifiedName(), ReadDigest.of(source)));
        Optional<Map<String, String>> same = previousOutputs.sameModel(model);
        if (same.isPresent()) {
            return new Result(error, distinct, same.get(), List.of(), previousOutputs.warnings(), true, digests,
                    assembly.externals(), documentation, queries);
        }
        List<Renderer.TemplateFailure> failures = new ArrayList<>();
        List<String> migrationWarnings = new ArrayList<>();
        Map<String, String> files = new Outputs(settings, new Renderer(templates()))
                .render(model, baseline, failures, migrationWarnings);
        return new Result(error, distinct, files, List.copyOf(failures), List.copyOf(migrationWarnings), false, digests,
                assembly.externals(), documentation, queries);
    }

    private Templates templates() {
        try {
            return settings.templates().isEmpty()
                    ? Templates.builtIn() : Templates.withOverrides(new File(settings.templates()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model of {@code modeldoc.baseline}; {@code null} when there is none or it cannot be read (said in {@code error}). */
    private DataModel baseline(List<String> error) {
        if (settings.baseline().isEmpty()) {
            return null;
        }
        try {
            String json = Files.readString(Path.of(settings.baseline()), StandardCharsets.UTF_8);
            return BaselineReader.read(settings.baseline(), json);
        } catch (IOException | RuntimeException e) {
            error.add(e instanceof BaselineReader.BadBaseline ? e.getMessage()
                    : "The baseline " + settings.baseline() + " cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
            return null;
        }
    }
}
