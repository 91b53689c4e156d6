package io.modeldoc.processor.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
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
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", ROOT + path);
        try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(content);
        }
    }
}
