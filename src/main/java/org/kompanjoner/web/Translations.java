package org.kompanjoner.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The shipped languages and how complete each is, found from the message files present
 * ({@code messages/<bundle>_<language>.properties}): a language is shipped by adding its files. Swedish is
 * the source of every key. A language is complete when it has a message for every Swedish key; the
 * language menu offers the complete ones and those the operator chose to show while they are still being
 * translated ({@code kompanjoner.languages.shown}).
 */
public final class Translations {

    private static final Pattern MESSAGE_FILE = Pattern.compile("(.+)_([a-z]{2,3})\\.properties");

    /** How much of one bundle a language has: messages for {@code translated} of Swedish's {@code keys}. */
    public record Bundle(String name, int translated, int keys) {

        public boolean complete() {
            return translated == keys;
        }

        /** The share translated, from 0 to 1. */
        public double share() {
            return keys == 0 ? 1 : (double) translated / keys;
        }
    }

    /** One shipped language: its bundles, whether it is complete and whether the menu offers it. */
    public record Language(Locale locale, List<Bundle> bundles, boolean offered) {

        public int translated() {
            return bundles.stream().mapToInt(Bundle::translated).sum();
        }

        public int keys() {
            return bundles.stream().mapToInt(Bundle::keys).sum();
        }

        public boolean complete() {
            return translated() == keys();
        }

        /** The share of every Swedish key translated, from 0 to 1. */
        public double share() {
            return keys() == 0 ? 1 : (double) translated() / keys();
        }

        public String code() {
            return locale.getLanguage();
        }
    }

    private final List<Language> languages;

    private Translations(List<Language> languages) {
        this.languages = List.copyOf(languages);
    }

    /**
     * The languages of the message files in the classpath folder {@code folder}, Swedish first, English
     * second and the rest by their codes; {@code shown} names incomplete languages the menu offers too.
     */
    public static Translations in(String folder, Collection<String> shown) {
        Map<String, Map<String, Properties>> files = read(folder);
        Map<String, Properties> swedish = files.getOrDefault("sv", Map.of());
        List<Language> languages = new ArrayList<>();
        for (String code : ordered(files.keySet())) {
            List<Bundle> bundles = new ArrayList<>();
            swedish.forEach((bundle, keys) -> bundles.add(
                    new Bundle(bundle, translated(keys, files.get(code).get(bundle)), keys.size())));
            boolean complete = bundles.stream().allMatch(Bundle::complete);
            languages.add(new Language(Locale.forLanguageTag(code), bundles, complete || shown.contains(code)));
        }
        return new Translations(languages);
    }

    /** The language codes of the message files in {@code folder}: Swedish, English, then the rest by code. */
    public static List<String> shippedIn(String folder) {
        return ordered(read(folder).keySet());
    }

    /** Every shipped language with its completeness, in the menu's order. */
    public List<Language> languages() {
        return languages;
    }

    /** The languages the menu offers: the complete ones and those the operator chose to show. */
    public List<Locale> offered() {
        return languages.stream()
                .filter(Language::offered)
                .map(Language::locale)
                .toList();
    }

    /** The offered language {@code asked} names, whatever its country ("ar-SY" is Arabic). */
    public Optional<Locale> offered(Locale asked) {
        return offered().stream()
                .filter(offered -> offered.getLanguage().equals(asked.getLanguage()))
                .findFirst();
    }

    public boolean isOffered(Locale locale) {
        return offered(locale).isPresent();
    }

    /** A Swedish key counts as translated when the language has a message for it that is not blank. */
    private static int translated(Properties swedish, Properties translation) {
        if (translation == null) {
            return 0;
        }
        return (int) swedish.stringPropertyNames().stream()
                .filter(key -> !translation.getProperty(key, "").isBlank())
                .count();
    }

    private static List<String> ordered(Set<String> codes) {
        List<String> order = List.of("sv", "en");
        return codes.stream()
                .sorted(Comparator.comparing((String code) -> order.contains(code) ? order.indexOf(code) : 2)
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Language code → bundle name → its messages, bundles sorted by name. */
    private static Map<String, Map<String, Properties>> read(String folder) {
        Map<String, Map<String, Properties>> files = new LinkedHashMap<>();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.properties");
            for (Resource resource : resources) {
                Matcher name = MESSAGE_FILE.matcher(String.valueOf(resource.getFilename()));
                if (name.matches()) {
                    files.computeIfAbsent(name.group(2), code -> new TreeMap<>())
                            .merge(name.group(1), load(resource), (first, second) -> {
                                first.putAll(second);
                                return first;
                            });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
