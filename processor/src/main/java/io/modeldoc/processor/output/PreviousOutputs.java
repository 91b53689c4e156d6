package io.modeldoc.processor.output;

import io.modeldoc.processor.model.DataModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The files the previous build left below {@code modeldoc/}, when its {@link OutputRecord} says they
 * came from the same inputs as this build's. A partial build whose model did not change writes them
 * again as they are: rendering every document and script anew for one recompiled class costs
 * seconds on a large model, and would give the same bytes. When the recompiled classes even read
 * as before, the processor need not assemble the model to know it ({@link OutputRecord.Sources}).
 */
public final class PreviousOutputs {

    /** Nothing to reuse: no record, a record of other inputs, or one that cannot be read. */
    public static final PreviousOutputs NONE = new PreviousOutputs(null, null, null, Map.of());

    private static final String MODEL = "model.json";

    private final Filer filer;
    private final DataModel model;
    private final OutputRecord record;
    private final Map<String, FileObject> files;

    private PreviousOutputs(Filer filer, DataModel model, OutputRecord record, Map<String, FileObject> files) {
        this.filer = filer;
        this.model = model;
        this.record = record;
        this.files = files;
    }

    /**
     * Looks the record and its files up, on javac's thread (the {@code Filer} is javac's); they are
     * read later, and only if the model turns out the same or the sources read as before.
     *
     * @param fingerprint this build's {@link BuildInputs#fingerprint}; empty when it could not be taken
     */
    public static PreviousOutputs find(Filer filer, String fingerprint) {
        if (fingerprint.isEmpty()) {
            return NONE;
        }
        try {
            FileObject recordFile = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", OutputRecord.PATH);
            Optional<OutputRecord> record = OutputRecord.parse(text(recordFile));
            if (record.isEmpty() || !record.get().inputs().equals(fingerprint) || !record.get().digests().containsKey(MODEL)) {
                return NONE;
            }
            Map<String, FileObject> files = new TreeMap<>();
            for (String path : record.get().digests().keySet()) {
                files.put(path, filer.getResource(StandardLocation.CLASS_OUTPUT, "", ResourceWriter.ROOT + path));
            }
            return new PreviousOutputs(filer, null, record.get(), files);
        } catch (IOException | RuntimeException e) {
            return NONE; // no previous build, or one that cannot be read: render
        }
    }

    /** These outputs, known to come from {@code previousModel}, the model of the previous build's {@code model.json}. */
    public PreviousOutputs withModel(DataModel previousModel) {
        return record == null || previousModel == null ? NONE : new PreviousOutputs(filer, previousModel, record, files);
    }

    /** The record of the previous build's outputs; empty when there is none for this build's inputs. */
    public Optional<OutputRecord> record() {
        return Optional.ofNullable(record);
    }

    /**
     * The previous files, path below {@code modeldoc/} → text, when the previous model is
     * {@code model} and every file is still the one recorded; empty otherwise.
     */
    public Optional<Map<String, String>> sameModel(DataModel model) {
        // model.json reads back into the model it was written from, so equal models mean equal files.
        if (this.model == null || !this.model.equals(model)) {
            return Optional.empty();
        }
        return files();
    }

    /**
     * Whether every file the previous build wrote is still as written, told by its stamp (length and modification
     * time) without reading it; false when a file has changed, is gone, or has no stamp.
     */
    public boolean stampsHold() {
        if (record == null || record.stamps().isEmpty()) {
            return false;
        }
        Set<String> stamped = new TreeSet<>();
        try {
            for (Map.Entry<String, String> stamp : record.stamps().entrySet()) {
                FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", stamp.getKey());
                if (!ResourceWriter.stampOf(file).equals(Optional.of(stamp.getValue()))) {
                    return false;
                }
                stamped.add(stamp.getKey());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        // Every output is stamped, not only some.
        return record.digests().keySet().stream().allMatch(path -> stamped.contains(ResourceWriter.ROOT + path));
    }

    /** The stamps the files at these paths of {@code CLASS_OUTPUT} have now; those that have none are left out. */
    public static Map<String, String> stampsNow(Filer filer, java.util.Collection<String> paths) {
        Map<String, String> stamps = new TreeMap<>();
        for (String path : paths) {
            try {
                ResourceWriter.stampOf(filer.getResource(StandardLocation.CLASS_OUTPUT, "", path))
                        .ifPresent(stamp -> stamps.put(path, stamp));
            } catch (IOException | RuntimeException e) {
                // no stamp: the next build reads the file to know it
            }
        }
        return stamps;
    }

    /** The previous files, path below {@code modeldoc/} → text, when every one is still the one recorded; empty otherwise. */
    public Optional<Map<String, String>> files() {
        return contents().map(contents -> {
            Map<String, String> texts = new TreeMap<>();
            contents.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return texts;
        });
    }

    /** The previous files, path below {@code modeldoc/} → UTF-8 content, when every one is still the one recorded. */
    public Optional<Map<String, byte[]>> contents() {
        if (record == null) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> contents = new TreeMap<>();
            for (Map.Entry<String, FileObject> file : files.entrySet()) {
                try (InputStream in = file.getValue().openInputStream()) {
                    contents.put(file.getKey(), in.readAllBytes());
                }
            }
            return record.matchesContent(contents) && copiesMatch(contents) ? Optional.of(contents) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether each copy of a create script beside {@code ModelDocSchema} the record stamps is there, equal to its script. */
    private boolean copiesMatch(Map<String, byte[]> contents) throws IOException {
        for (String path : record.stamps().keySet()) {
            String below = path.substring(path.indexOf(ResourceWriter.ROOT) + ResourceWriter.ROOT.length());
            if (path.equals(ResourceWriter.ROOT + below) || !contents.containsKey(below)) {
                continue; // an output itself, compared by its digest
            }
            try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).openInputStream()) {
                if (!Arrays.equals(in.readAllBytes(), contents.get(below))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The migration warnings the previous build reported with these files. */
    public List<String> warnings() {
        return record == null ? List.of() : record.warnings();
    }

    private static String text(FileObject file) throws IOException {
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
