package io.modeldoc.processor.fuzz;

import io.modeldoc.processor.parity.NamingMode;
import io.modeldoc.processor.parity.ParityDialect;
import io.modeldoc.processor.parity.ParitySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The settings a batch of seeds is compiled and compared with: one naming and validation-DDL choice, shared by
 * every seed of the batch (they are compiler options), and the dialects to compare on.
 */
public record FuzzSettings(NamingMode naming, boolean validationDdl, List<ParityDialect> dialects) {

    public FuzzSettings {
        dialects = List.copyOf(dialects);
    }

    /**
     * A seed's own settings, so that a seed fails the same way alone as in any batch: the four combinations of
     * naming and validation DDL in turn.
     */
    public static FuzzSettings forSeed(long seed, List<ParityDialect> dialects) {
        int choice = (int) Math.floorMod(seed, 4L);
        return new FuzzSettings(choice % 2 == 0 ? NamingMode.JPA : NamingMode.SNAKE_CASE, choice < 2, dialects);
    }

    public ParitySettings paritySettings(ParityDialect dialect) {
        return new ParitySettings(dialect, naming, validationDdl);
    }

    /** ModelDoc's {@code -A} options for every dialect at once, lint off: the comparison is about the scripts. */
    public List<String> processorOptions() {
        List<String> options = new ArrayList<>();
        options.add("modeldoc.dialects=" + dialects.stream().map(ParityDialect::option).collect(Collectors.joining(",")));
        options.add("modeldoc.naming=" + naming.option());
        options.add("modeldoc.validationDdl=" + (validationDdl ? "on" : "off"));
        options.add("modeldoc.lint=off");
        return options;
    }

    public FuzzSettings withDialects(List<ParityDialect> value) {
        return new FuzzSettings(naming, validationDdl, value);
    }

    public String label() {
        return naming.option() + (validationDdl ? "" : " validationDdl=off");
    }
}
