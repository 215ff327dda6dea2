package org.kompanjoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KompanjonerApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws IOException {
        Path docs = Path.of("docs/modules");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        inStableOrder(docs);

        String overview = Files.readString(docs.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            assertThat(overview).as("the overview names every module").contains('"' + module.getDisplayName() + '"');
            Path diagram = docs.resolve("module-" + module.getIdentifier() + ".puml");
            Path canvas = docs.resolve("module-" + module.getIdentifier() + ".adoc");
            assertThat(diagram).as("a diagram of %s", module.getDisplayName()).exists();
            assertThat(canvas).as("a canvas of %s", module.getDisplayName()).exists();
        }
        // Written in a stable order: putting it in order again changes nothing.
        List<String> before = Files.readAllLines(docs.resolve("components.puml"));
        inStableOrder(docs);
        assertThat(Files.readAllLines(docs.resolve("components.puml"))).isEqualTo(before);
    }

    /**
     * The documenter lists components and relations in whatever order it meets them, which changes from
     * run to run; sorting each run of such lines keeps the committed diagrams from changing when the
     * modules did not.
     */
    static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>();
                int start = 0;
                while (start < lines.size()) {
                    String kind = kind(lines.get(start));
                    int end = start + 1;
                    while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                        end++;
                    }
                    List<String> run = new ArrayList<>(lines.subList(start, end));
                    if (kind != null) {
                        run.sort(null);
                    }
                    sorted.addAll(run);
                    start = end;
                }
                Files.write(file, sorted);
            }
        }
    }

    private static String kind(String line) {
        for (String prefix : List.of("Rel(", "    Component(", "* ")) {
            if (line.startsWith(prefix)) {
                return prefix;
            }
        }
        return null;
    }
}
