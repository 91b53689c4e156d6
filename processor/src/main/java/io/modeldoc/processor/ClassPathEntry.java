package io.modeldoc.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The jar or folder on the class path that holds a class file, found from the file's location as
 * the {@code Filer} reports it: its other files (another module's {@code modeldoc/model.json}) are
 * read from the same place, never from whichever jar comes first on the class path.
 *
 * @param root the entry's location, ending in {@code /} ({@code jar:file:/…/catalog-1.0.jar!/} or
 *             {@code file:/…/catalog/target/classes/}); empty when the location has another form
 */
record ClassPathEntry(String root) {

    /** A version at the end of a jar's name: {@code -1.0}, {@code -2.3.232}, {@code -0.1.0-SNAPSHOT}. */
    private static final Pattern VERSION = Pattern.compile("-\\d[^/]*$");

    /** The folders build tools compile into, below a module's folder. */
    private static final List<String> OUTPUT_FOLDERS = List.of("/target/classes", "/target/test-classes",
            "/build/classes/java/main", "/build/classes/java/test", "/bin/main", "/bin");

    /** The entry of a class file found at {@code uri}, which is {@code <root><package path>/<fileName>}. */
    static ClassPathEntry of(URI uri, String packageName, String fileName) {
        String location = uri.toString();
        String inside = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + fileName;
        return new ClassPathEntry(location.endsWith(inside) ? location.substring(0, location.length() - inside.length()) : "");
    }

    /** The text of a file of this entry; empty when it has none. */
    Optional<String> read(String path) {
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            URLConnection connection = new URI(root + path).toURL().openConnection();
            connection.setUseCaches(false); // a cached jar would stay open, and locked on Windows
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file as messages name it: the module and the path inside it. */
    String describe(String path) {
        return path + " of " + moduleName();
    }

    /**
     * The module, as a build names it: a jar's name without its version ({@code catalog} for
     * {@code catalog-1.0.jar}), or the project folder around a build's class folder ({@code catalog}
     * for {@code catalog/target/classes}). Never a whole path, so outputs stay the same on every machine.
     */
    String moduleName() {
        String path = root;
        if (path.startsWith("jar:")) {
            path = path.substring(4, path.indexOf("!/") < 0 ? path.length() : path.indexOf("!/"));
            String name = path.substring(path.lastIndexOf('/') + 1);
            name = name.endsWith(".jar") ? name.substring(0, name.length() - 4) : name;
            return VERSION.matcher(name).replaceFirst("");
        }
        path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (String output : OUTPUT_FOLDERS) {
            if (path.endsWith(output)) {
                path = path.substring(0, path.length() - output.length());
                break;
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isEmpty() ? "the class path" : name;
    }
}
