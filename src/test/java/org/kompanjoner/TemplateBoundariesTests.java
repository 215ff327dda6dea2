package org.kompanjoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The module map holds for templates too. Templates compile outside {@code org.kompanjoner} and the route
 * constants they use are inlined by the compiler, so the module check of the Java code never sees what a
 * template names: this test reads the template sources instead. A template in
 * {@code src/main/jte/<module>/} (the frame's {@code layout/} belongs to {@code web}) may name its own
 * module's classes, and the root package (the public API) of a module its module may depend on, never
 * another module's {@code internal} or {@code web} classes, and never a module it may not depend on.
 */
class TemplateBoundariesTests {

    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Pattern NAMED_CLASS =
            Pattern.compile("org\\.kompanjoner\\.([a-z]+)((?:\\.[a-z]+)*)\\.([A-Z][A-Za-z0-9]*)");

    @Test
    void templatesNameOnlyWhatTheirModuleMayUse() throws IOException {
        List<String> crossings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                crossings.addAll(crossings(TEMPLATES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(crossings)
                .as("templates that name what their module may not use")
                .isEmpty();
    }

    @Test
    void aTemplateThatReachesIntoAnotherModuleIsCaught() {
        String template = """
                @import org.kompanjoner.web.Layout
                @import org.kompanjoner.listings.internal.Listing
                @param Layout layout
                <a href="${org.kompanjoner.notifications.web.MailboxRoutes.MAILBOX}">x</a>
                <a href="${org.kompanjoner.listings.ListingRoutes.LISTINGS}">y</a>
                """;
        assertThat(crossings("accounts/example.jte", template))
                .containsExactlyInAnyOrder(
                        "accounts/example.jte names org.kompanjoner.listings.internal.Listing: accounts may not depend on listings",
                        "accounts/example.jte names org.kompanjoner.notifications.web.MailboxRoutes: not in the public API of notifications",
                        "accounts/example.jte names org.kompanjoner.listings.ListingRoutes: accounts may not depend on listings");
        assertThat(crossings("listings/example.jte", template))
                .containsExactly(
                        "listings/example.jte names org.kompanjoner.notifications.web.MailboxRoutes: not in the public API of notifications");
    }

    /** What the template at {@code relativePath} names that its module may not use, one line each. */
    static List<String> crossings(String relativePath, String source) {
        String owner = moduleOf(relativePath);
        Set<String> allowed = allowedDependencies(owner);
        Set<String> found = new TreeSet<>();
        Matcher named = NAMED_CLASS.matcher(source);
        while (named.find()) {
            String module = named.group(1);
            String subPackage = named.group(2);
            String name = "org.kompanjoner." + module + subPackage + "." + named.group(3);
            if (module.equals(owner)) {
                continue;
            }
            if (!allowed.contains(module)) {
                found.add(relativePath + " names " + name + ": " + owner + " may not depend on " + module);
            } else if (!subPackage.isEmpty()) {
                found.add(relativePath + " names " + name + ": not in the public API of " + module);
            }
        }
        return new ArrayList<>(found);
    }

    static String moduleOf(String relativePath) {
        String folder = relativePath.replace('\\', '/').split("/")[0];
        return folder.equals("layout") ? "web" : folder;
    }

    /** The modules {@code module} may depend on, as its {@code package-info} declares them. */
    static Set<String> allowedDependencies(String module) {
        try {
            ApplicationModule declared =
                    Class.forName("org.kompanjoner." + module + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as("the module declaration of " + module).isNotNull();
            return new TreeSet<>(Arrays.asList(declared.allowedDependencies()));
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No module " + module + " for templates in src/main/jte/" + module, e);
        }
    }

    static {
        if (!Files.isDirectory(TEMPLATES)) {
            throw new UncheckedIOException(new IOException("Run from the project folder: " + TEMPLATES));
        }
    }
}
