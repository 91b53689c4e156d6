package io.modeldoc.processor.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes {@code modeldoc/...} resources to CLASS_OUTPUT, so they reach {@code target/classes} and the jar. */
public final class ResourceWriter {

    /** The folder every output lives in. */
    public static final String ROOT = "modeldoc/";

    private final Filer filer;

    public ResourceWriter(Filer filer) {
        this.filer = filer;
    }

    /**
     * @param path the path below {@code modeldoc/}, e.g. {@code schema-h2.sql}
     */
    public void write(String path, String content) throws IOException {
        write("", path, content);
    }

    /**
     * The create scripts again, below the package of {@code ModelDocSchema}
     * ({@code com/example/shop/modeldoc/schema-h2.sql}): a path no other module's jar has, so the
     * class finds its own module's scripts whatever the order of the jars on the class path.
     *
     * @param files every output, path below {@code modeldoc/} → content; only the create scripts are written
     */
    public void writeBesideSchemaClass(String packageName, Map<String, String> files) throws IOException {
        if (packageName.isEmpty()) {
            return; // the default package's copy would be the file written already
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (isCreateScript(file.getKey())) {
                write(packageName, file.getKey(), file.getValue());
            }
        }
    }

    /** Whether the path (below {@code modeldoc/}) is a create script, {@code schema-<dialect>.sql}. */
    public static boolean isCreateScript(String path) {
        return path.startsWith("schema-") && path.endsWith(".sql") && !path.contains("/");
    }

    /** The record of what was written, where the next build looks for it ({@link OutputRecord#PATH}). */
    public void writeRecord(OutputRecord record) throws IOException {
        FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", OutputRecord.PATH);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(record.text());
        }
    }

    private void write(String packageName, String path, String content) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, packageName, ROOT + path);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(content);
        }
    }
}
