package shop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The schema scripts ModelDoc generated for this module's entities.
 */
@Generated("io.modeldoc.processor.ModelDocProcessor")
public final class ModelDocSchema {
  /**
   * The dialects ModelDoc generated scripts for, in the order configured.
   */
  public static final List<String> DIALECTS = List.of("postgresql", "mysql", "mariadb", "h2");

  private ModelDocSchema() {
  }

  /**
   * The create script for {@code dialect}, as written to {@code modeldoc/schema-<dialect>.sql}; read from
   * this module's copy beside this class, whatever other modules' scripts are on the class path.
   *
   * @throws IllegalArgumentException when no script was generated for the dialect
   */
  public static String ddl(String dialect) {
    if (!DIALECTS.contains(dialect)) {
      throw new IllegalArgumentException("No ModelDoc schema for dialect '" + dialect + "'; generated: " + DIALECTS);
    }
    // Relative to this class's package: this module's copy, never another jar's.
    String path = "modeldoc/schema-" + dialect + ".sql";
    try (InputStream in = ModelDocSchema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statements of the create script for {@code dialect}, in order, each without its {@code ;}.
   *
   * @throws IllegalArgumentException when no script was generated for the dialect
   */
  public static List<String> statements(String dialect) {
    // ModelDoc ends each statement with ';' at the end of a line, and nothing else does.
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : ddl(dialect).split("\n")) {
      if (current.length() == 0 && (line.isBlank() || line.startsWith("--"))) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n").append(line);
      if (line.endsWith(";")) {
        result.add(current.substring(0, current.length() - 1));
        current.setLength(0);
      }
    }
    return List.copyOf(result);
  }
}
