package io.modeldoc.processor.support;

import com.google.testing.compile.Compilation;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** Every file a compilation generated, by name, for byte-for-byte comparisons. */
public final class Outputs {

    private Outputs() {
    }

    /** Generated resources and sources by their path below the output folder; class files left out. */
    public static Map<String, String> of(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.toUri().getPath();
            if (!name.endsWith(".class")) {
                files.put(name.substring(name.indexOf('/', 1)), Fixtures.text(file));
            }
        }
        return files;
    }
}
