package org.kompanjoner.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The forms a Swedish word is found by, from the Swedish Hunspell dictionary (Göran Andersson's, LGPL,
 * under {@code search/hunspell}): the word itself, its lemmas ({@code skolor} → {@code skola}), the lemmas
 * of the real words a compound is made of, with the joining letters undone ({@code arbetsmarknad} →
 * {@code arbete}, {@code marknad}; {@code kyrkogård} → {@code kyrka}, {@code gård}), umlaut plurals the
 * dictionary lists as words of their own ({@code städer} → {@code stad}), and the verb behind an activity
 * or an agent ({@code odling} and {@code odlare} → {@code odla}). Text and searches are both expanded, so
 * any form finds any other through the lemma they share.
 *
 * <p>Both search engines use this one class, so a word is found the same way whichever runs. Words are
 * remembered once analysed: text repeats its words, and a rebuild analyses millions of them.
 */
public final class SwedishWordForms {

    /** The shortest first part of a compound ({@code mat} in {@code matsvinn}). */
    private static final int SHORTEST_HEAD = 3;

    /** The shortest last part: three letters split too many plain words ({@code verksam|het}). */
    private static final int SHORTEST_TAIL = 4;

    private static final int LONGEST_WORD = 40;
    private static final int REMEMBERED_WORDS = 200_000;

    private final Hunspell hunspell;
    private final Map<String, String> joiningForms;
    private final Set<String> compoundable;
    private final Map<String, String> irregular;
    private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();
    private final Map<String, List<String>> rememberedWithStems = new ConcurrentHashMap<>();

    private SwedishWordForms(Hunspell hunspell, CompoundHeads heads, Map<String, String> irregular) {
        this.hunspell = hunspell;
        this.joiningForms = heads.joiningForms();
        this.compoundable = heads.compoundable();
        this.irregular = irregular;
    }

    private static CompletableFuture<SwedishWordForms> shared;

    /**
     * The one copy of the dictionary in this process (it is read-only), started in the background by the
     * first caller so that the site opens while it loads; a search or an index change waits for it.
     */
    public static synchronized CompletableFuture<SwedishWordForms> loading() {
        if (shared == null) {
            shared = new CompletableFuture<>();
            Thread loader = new Thread(
                    () -> {
                        try {
                            shared.complete(load());
                        } catch (RuntimeException e) {
                            shared.completeExceptionally(e);
                        }
                    },
                    "swedish-word-forms");
            loader.setDaemon(true);
            loader.start();
        }
        return shared;
    }

    /** The one copy of the dictionary, waiting for it to be read when it is not yet. */
    public static SwedishWordForms shared() {
        return loading().join();
    }

    /** Reads the dictionary from the class path (one or two seconds). */
    static SwedishWordForms load() {
        try {
            Dictionary dictionary;
            try (InputStream affixes = resource("search/hunspell/sv_SE.aff");
                    InputStream words = resource("search/hunspell/sv_SE.dic")) {
                dictionary = new Dictionary(new ByteBuffersDirectory(), "sv", affixes, words);
            }
            CompoundHeads heads;
            try (InputStream affixes = resource("search/hunspell/sv_SE.aff");
                    InputStream words = resource("search/hunspell/sv_SE.dic")) {
                heads = CompoundHeads.read(affixes, words);
            }
            Map<String, String> irregular;
            try (InputStream plurals = resource("search/swedish-irregular-forms.txt")) {
                irregular = readIrregular(plurals);
            }
            return new SwedishWordForms(new Hunspell(dictionary), heads, irregular);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Swedish dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("The Swedish dictionary cannot be parsed", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SwedishWordForms.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing " + name);
        }
        return in;
    }

    /** Lines of {@code lemma: form form …}; a {@code #} starts a comment. */
    private static Map<String, String> readIrregular(InputStream in) throws IOException {
        Map<String, String> forms = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.replaceFirst("#.*", "").trim();
                int colon = content.indexOf(':');
                if (colon > 0) {
                    String lemma = content.substring(0, colon).trim();
                    for (String form : content.substring(colon + 1).trim().split("\\s+")) {
                        if (!form.isEmpty()) {
                            forms.put(form, lemma);
                        }
                    }
                }
            }
        }
        return forms;
    }

    /** The forms of one word (lower-cased), the word itself first. */
    public List<String> of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() > LONGEST_WORD || !letters(lower)) {
            return List.of(lower);
        }
        return remembered(remembered, lower, lowered -> List.copyOf(analyse(lowered)));
    }

    /**
     * The word's forms with its Swedish and English stems as well ({@code samarbeta} and
     * {@code samarbete} share {@code samarbet}; {@code mentoring} and {@code mentor} share {@code mentor}):
     * everything one index field needs to find the word in either language.
     */
    public List<String> withStems(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return remembered(rememberedWithStems, lower, lowered -> {
            Set<String> all = new LinkedHashSet<>(of(lowered));
            String bare = lowered.replaceFirst("['’]s$", "");
            all.add(bare);
            all.add(stem(new SwedishStemmer(), bare));
            all.add(stem(new EnglishStemmer(), bare));
            return List.copyOf(all);
        });
    }

    /** A word's forms worked out once and kept, up to a limit. */
    private static List<String> remembered(
            Map<String, List<String>> kept, String word, Function<String, List<String>> workOut) {
        List<String> known = kept.get(word);
        if (known != null) {
            return known;
        }
        List<String> forms = workOut.apply(word);
        if (kept.size() >= REMEMBERED_WORDS) {
            // Rare words would otherwise grow the memory without end; the common ones return at once.
            kept.clear();
        }
        kept.put(word, forms);
        return forms;
    }

    /** A word so common in Swedish or English that a search with other words leaves it out. */
    public static boolean stopWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SwedishAnalyzer.getDefaultStopSet().contains(lower)
                || EnglishAnalyzer.getDefaultStopSet().contains(lower);
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Every word of a text with its forms, separated by spaces: for an engine that takes tokens as text. */
    public String expand(String text) {
        StringBuilder expanded = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                for (String form : of(word)) {
                    expanded.append(form).append(' ');
                }
            }
        }
        return expanded.toString().trim();
    }

    private Set<String> analyse(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        List<String> lemmas = lemmas(word);
        forms.addAll(lemmas);
        forms.addAll(parts(word, 0));
        if (forms.size() == 1 && !hunspell.spell(word)) {
            // A word the dictionary does not know (a name, a new word): its Snowball stem still joins
            // its own inflections.
            forms.add(snowball(word));
        }
        for (String lemma : List.copyOf(forms)) {
            forms.addAll(verbBehind(lemma));
        }
        return forms;
    }

    /** The dictionary's lemmas of a simple word, and the singular of an umlaut plural. */
    private List<String> lemmas(String word) {
        List<String> lemmas = new ArrayList<>(hunspell.getRoots(word));
        String singular = irregular.get(word);
        if (singular != null) {
            lemmas.add(singular);
        }
        return lemmas;
    }

    /**
     * The lemmas of a compound's parts, or none when the word is not a compound. Two parts come before
     * more, and the first part is the shortest that leaves a real word behind it. A word the dictionary
     * holds whole ({@code arbetsmarknad}) is split only where the dictionary marks its first part as one
     * that begins compounds, and after a plain word only before four letters or more, so that plain words
     * stay whole ({@code kompetens} is not {@code komp|etens}, {@code verksamhet} not {@code verksam|het}).
     */
    private List<String> parts(String word, int depth) {
        boolean whole = !lemmas(word).isEmpty();
        for (int cut = SHORTEST_HEAD; cut <= word.length() - SHORTEST_TAIL + 1; cut++) {
            String head = word.substring(0, cut);
            int tailLength = word.length() - cut;
            if (whole && !joining(head) && !(compoundable.contains(head) && tailLength >= SHORTEST_TAIL)) {
                continue;
            }
            List<String> found = joined(head(head, depth), lemmas(word.substring(cut)));
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (depth < 2) {
            for (int cut = SHORTEST_HEAD; cut <= word.length() - 2 * SHORTEST_TAIL; cut++) {
                String head = word.substring(0, cut);
                if (whole && !joining(head) && !compoundable.contains(head)) {
                    continue;
                }
                List<String> rest = parts(word.substring(cut), depth + 1);
                List<String> found = rest.isEmpty() ? rest : joined(head(head, depth), rest);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** A form made for compounds, or a word with the joining s ({@code idrotts|anläggning}). */
    private boolean joining(String head) {
        return joiningForms.containsKey(head)
                || (head.length() > SHORTEST_HEAD + 1
                        && head.endsWith("s")
                        && !lemmas(head.substring(0, head.length() - 1)).isEmpty());
    }

    private static List<String> joined(List<String> head, List<String> tail) {
        if (head.isEmpty() || tail.isEmpty()) {
            return List.of();
        }
        List<String> both = new ArrayList<>(head);
        both.addAll(tail);
        return both;
    }

    /**
     * A first part: a form made for compounds ({@code arbets}), a word of its own ({@code cykel}), or a
     * word with the joining s; a long one is itself split ({@code arbetsmarknads|frågor}).
     */
    private List<String> head(String head, int depth) {
        String lemma = joiningForms.get(head);
        // A form made for compounds is kept beside its lemma: bygg- stands for bygga as much as bygge.
        List<String> lemmas = new ArrayList<>(lemma != null ? List.of(lemma, head) : lemmas(head));
        if (head.length() > SHORTEST_HEAD + 1 && head.endsWith("s")) {
            // The joining s, also where the dictionary lists the joined form as a word (idrotts).
            lemmas.addAll(lemmas(head.substring(0, head.length() - 1)));
        }
        if (lemmas.isEmpty() || depth >= 2 || head.length() < 2 * SHORTEST_TAIL) {
            return lemmas;
        }
        List<String> all = new ArrayList<>(lemmas);
        for (String whole : lemmas) {
            all.addAll(parts(whole, depth + 1));
        }
        return all;
    }

    /** An activity ({@code odling}) or an agent ({@code odlare}) beside the verb they come from. */
    private List<String> verbBehind(String lemma) {
        List<String> verbs = new ArrayList<>(2);
        for (String ending : List.of("ning", "ing", "are")) {
            if (lemma.endsWith(ending) && lemma.length() > ending.length() + 2) {
                String verb = lemma.substring(0, lemma.length() - ending.length()) + "a";
                if (hunspell.getRoots(verb).contains(verb)) {
                    verbs.add(verb);
                }
            }
        }
        return verbs;
    }

    private static String snowball(String word) {
        return stem(new SwedishStemmer(), word);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The forms the dictionary makes for the first or middle part of a compound, each with the lemma it
     * stands for. Some are entries of their own that never stand alone ({@code arbets}, {@code kyrko}):
     * their lemma is found by undoing the joining letter. Others are made by a suffix rule from the lemma
     * itself ({@code förening} → {@code förenings}).
     */
    record CompoundHeads(Map<String, String> joiningForms, Set<String> compoundable) {

        private record Rule(String strip, String add, Pattern condition) {}

        static CompoundHeads read(InputStream affixes, InputStream words) throws IOException {
            Map<Character, List<Rule>> headRules = new HashMap<>();
            Set<Character> headFlags = Set.of('X', 'U');
            Character onlyInCompound = null;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(affixes, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length == 2 && fields[0].equals("ONLYINCOMPOUND")) {
                        onlyInCompound = fields[1].charAt(0);
                    }
                    if (fields.length >= 5 && fields[0].equals("SFX")) {
                        String[] addAndFlags = fields[3].split("/", 2);
                        if (addAndFlags.length == 2
                                && addAndFlags[1].chars().anyMatch(c -> headFlags.contains((char) c))) {
                            headRules
                                    .computeIfAbsent(fields[1].charAt(0), ignored -> new ArrayList<>())
                                    .add(new Rule(
                                            fields[2].equals("0") ? "" : fields[2],
                                            addAndFlags[0].equals("0") ? "" : addAndFlags[0],
                                            Pattern.compile(".*" + fields[4] + "$")));
                        }
                    }
                }
            }
            Map<String, String> heads = new HashMap<>();
            Set<String> standalone = new HashSet<>();
            Set<String> compoundable = new HashSet<>();
            List<String> bound = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(words, StandardCharsets.UTF_8))) {
                reader.readLine(); // the number of entries
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.split("[\\s\\t]", 2)[0];
                    int slash = entry.indexOf('/');
                    String stem = (slash < 0 ? entry : entry.substring(0, slash)).toLowerCase(Locale.ROOT);
                    String flags = slash < 0 ? "" : entry.substring(slash + 1);
                    if (onlyInCompound != null && flags.indexOf(onlyInCompound) >= 0) {
                        bound.add(stem);
                        continue;
                    }
                    standalone.add(stem);
                    if (flags.chars().anyMatch(c -> headFlags.contains((char) c))) {
                        compoundable.add(stem);
                    }
                    for (char flag : flags.toCharArray()) {
                        for (Rule rule : headRules.getOrDefault(flag, List.of())) {
                            if (stem.endsWith(rule.strip())
                                    && rule.condition().matcher(stem).matches()) {
                                String form = stem.substring(
                                                0, stem.length() - rule.strip().length())
                                        + rule.add();
                                heads.putIfAbsent(form, stem);
                            }
                        }
                    }
                }
            }
            for (String form : bound) {
                heads.putIfAbsent(form, lemmaOfBound(form, standalone));
            }
            return new CompoundHeads(heads, compoundable);
        }

        /** {@code arbets} → {@code arbete}, {@code kyrko} → {@code kyrka}, {@code odlar} → {@code odlare}. */
        private static String lemmaOfBound(String form, Set<String> standalone) {
            List<String> bases = new ArrayList<>(List.of(form));
            if (form.length() > 3 && "soeau".indexOf(form.charAt(form.length() - 1)) >= 0) {
                bases.add(form.substring(0, form.length() - 1));
            }
            for (String base : bases) {
                for (String ending : List.of("", "e", "a", "o")) {
                    if (standalone.contains(base + ending)) {
                        return base + ending;
                    }
                }
            }
            return form;
        }
    }
}
