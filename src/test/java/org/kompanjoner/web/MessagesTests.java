package org.kompanjoner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string is a message key, in every shipped language: each language's file of each
 * module holds the same keys as the Swedish one, none empty and each with the same placeholders, every
 * key the code or a template names exists, and templates hold no literal text of their own. A shipped
 * language is one with message files: adding a file holds it to all of this.
 */
class MessagesTests {

    /** Every module with messages, found from the Swedish files as the application finds them. */
    static final List<String> MODULES = modulesWithMessages();

    /** Every shipped language, found from the files as the application finds them. */
    static final List<String> LANGUAGES =
            Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    static final Pattern KEY_IN_SOURCE =
            Pattern.compile("[\"{]((?:" + String.join("|", MODULES) + ")\\.[a-zA-Z0-9][a-zA-Z0-9.\\-]*)[\"}]");

    private static List<String> modulesWithMessages() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/messages"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("_sv.properties"))
                    .map(name -> name.substring(0, name.length() - "_sv.properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyModulesMessagesAreFound() {
        assertThat(MODULES).contains("web", "accounts", "listings", "moderation");
    }

    @Test
    void theShippedLanguagesAreFoundFromTheFiles() {
        assertThat(LANGUAGES).startsWith("sv", "en").contains("ar");
    }

    @Test
    void everyModuleHasTheSameKeysInEveryLanguageAndNoEmptyMessage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : MODULES) {
            Properties swedish = load(module, "sv");
            for (String language : LANGUAGES) {
                problems.addAll(problems(module, language, swedish, load(module, language)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theKeyCheckFindsAMissingKeyAnEmptyMessageAndOtherPlaceholders() {
        Properties swedish = new Properties();
        swedish.setProperty("web.a", "Hej {0}");
        swedish.setProperty("web.b", "Två");
        swedish.setProperty("web.c", "Tre");
        Properties translation = new Properties();
        translation.setProperty("web.a", "مرحبا {1}");
        translation.setProperty("web.b", " ");
        assertThat(problems("web", "ar", swedish, translation))
                .containsExactlyInAnyOrder(
                        "web_ar: web.c is missing",
                        "web_ar: web.b is empty",
                        "web_ar: web.a has placeholders [1], Swedish [0]");
    }

    /** What is wrong with one language's file of one module, measured against the Swedish one. */
    static List<String> problems(String module, String language, Properties swedish, Properties messages) {
        List<String> problems = new ArrayList<>();
        String file = module + "_" + language;
        for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
            String message = messages.getProperty(key);
            if (message == null) {
                problems.add(file + ": " + key + " is missing");
            } else if (message.isBlank()) {
                problems.add(file + ": " + key + " is empty");
            } else if (!placeholders(message).equals(placeholders(swedish.getProperty(key)))) {
                problems.add(file + ": " + key + " has placeholders " + placeholders(message) + ", Swedish "
                        + placeholders(swedish.getProperty(key)));
            } else if (!placeholders(message).isEmpty() && !formats(message)) {
                problems.add(file + ": " + key + " is not a message format (quote a single ' as '')");
            }
        }
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            if (!swedish.containsKey(key)) {
                problems.add(file + ": " + key + " is not in Swedish");
            }
            if (!key.startsWith(module + ".")) {
                problems.add(file + ": " + key + " does not start with " + module + ".");
            }
        }
        return problems;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static boolean formats(String message) {
        try {
            new MessageFormat(message);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameExistsInEveryLanguage() throws IOException {
        Map<String, Properties> all = new TreeMap<>();
        for (String language : LANGUAGES) {
            Properties merged = new Properties();
            for (String module : MODULES) {
                merged.putAll(load(module, language));
            }
            all.put(language, merged);
        }
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        for (String language : LANGUAGES) {
            List<String> missing = used.stream()
                    .filter(key -> !all.get(language).containsKey(key))
                    .toList();
            assertThat(missing).as("keys missing in %s", language).isEmpty();
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".jte")).toList()) {
                literalText(Files.readString(file)).forEach(text -> problems.add(file + ": " + text));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLiteralTextCheckFindsLiteralText() {
        assertThat(literalText("<p>Hej ${layout.t(\"web.skip-to-content\")}</p>"))
                .containsExactly("Hej");
        assertThat(literalText("<img alt=\"Logga\" src=\"${x}\">")).containsExactly("alt=\"Logga\"");
        assertThat(literalText("@if(a)<span>${layout.t(\"k\")}</span>@endif")).isEmpty();
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|placeholder|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern DIRECTIVE = Pattern.compile("@(if|elseif|for|template\\.[\\w.\\-]+)\\s*\\(");
    private static final Pattern KEYWORD = Pattern.compile("@(else|endif|endfor|raw|endraw)\\b");

    /** The pieces of literal, user-visible text in a template. */
    static List<String> literalText(String template) {
        StringBuilder kept = new StringBuilder();
        for (String line : template.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("@import") || stripped.startsWith("@param") || stripped.startsWith("!{")) {
                continue;
            }
            String withoutExpressions = removeBalanced(line, List.of("${", "$unsafe{", "!{"), '{', '}');
            if (withoutExpressions.contains("@`")) {
                // A call that passes the page's content: the content follows on the next lines.
                continue;
            }
            String withoutDirectives = removeDirectives(withoutExpressions);
            kept.append(KEYWORD.matcher(withoutDirectives).replaceAll(" ")).append('\n');
        }
        String text = kept.toString().replaceAll("(?s)<%--.*?--%>", " ").replaceAll("(?s)<!--.*?-->", " ");
        List<String> problems = new ArrayList<>();
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(tags.group());
            while (attribute.find()) {
                if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                    problems.add(attribute.group().strip());
                }
            }
        }
        for (String piece :
                TAG.matcher(text).replaceAll("\n").replaceAll("&\\w+;", " ").split("\n")) {
            String trimmed = piece.strip();
            if (trimmed.codePoints().anyMatch(Character::isLetter)) {
                problems.add(trimmed);
            }
        }
        return problems;
    }

    private static String removeDirectives(String line) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = DIRECTIVE.matcher(line);
        int at = 0;
        while (matcher.find(at)) {
            out.append(line, at, matcher.start());
            int end = matching(line, matcher.end() - 1, '(', ')');
            at = end < 0 ? line.length() : end + 1;
        }
        return out.append(line.substring(Math.min(at, line.length()))).toString();
    }

    private static String removeBalanced(String line, List<String> openers, char open, char close) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < line.length()) {
            int next = -1;
            String opener = null;
            for (String candidate : openers) {
                int found = line.indexOf(candidate, at);
                if (found >= 0 && (next < 0 || found < next)) {
                    next = found;
                    opener = candidate;
                }
            }
            if (next < 0) {
                out.append(line.substring(at));
                break;
            }
            out.append(line, at, next).append(' ');
            int end = matching(line, next + opener.length() - 1, open, close);
            at = end < 0 ? line.length() : end + 1;
        }
        return out.toString();
    }

    /** The index of the bracket closing the one at {@code start}, skipping Java string literals. */
    private static int matching(String text, int start, char open, char close) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Properties load(String module, String language) throws IOException {
        String path = "/messages/" + module + "_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
