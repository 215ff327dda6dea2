package org.kompanjoner.web;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything the shared page frame needs, handed to every template as {@code layout}: the language and
 * its messages, the signed-in person, the CSRF token, the address of the page in the other language (and
 * in each language, for search engines), the title marked when the page shows a problem, the addresses
 * of static files and a message carried over a redirect.
 */
public final class Layout {

    // What a path or a query part may hold to be written back into a link: anything else (a backslash,
    // which browsers read as a slash, spaces, quotes, control characters) means it was not one of ours.
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@%/]*");
    private static final Pattern SAFE_QUERY_PART = Pattern.compile("[A-Za-z0-9\\-._~!$'()*+,;=:@%/?]+");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    // Stands in for the quoted text while the message is formatted (a character no message holds).
    private static final String QUOTE_MARK = "\uE000";

    /**
     * Where the page is: the path and query that were asked for, the page the language switch leads to
     * (the same page, or for a form sent with POST the nearest page above it that can be fetched) and the
     * site's public address. Paths are normalised on the way in, so that every link built from them stays
     * on this site.
     */
    public record Address(String path, String query, String languagePath, String baseUrl) {

        public Address {
            path = sitePath(path);
            languagePath = languagePath == null ? path : sitePath(languagePath);
            baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        }
    }

    /** The same page in another language, for search engines ({@code hreflang} is x-default or a language). */
    public record Alternate(String hreflang, String href) {}

    /** A language in the header's menu: its code, its name in itself ("Svenska", "العربية") and the page in it. */
    public record LanguageLink(String code, String name, String href) {}

    private final MessageSource messages;
    private final Locale locale;
    private final Address address;
    private final SignedInPerson person;
    private final Set<String> roles;
    private final CsrfToken csrf;
    private final Contributions contributions;
    private final java.time.ZoneId zone;

    private static final java.time.format.DateTimeFormatter MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final List<Flash.Notice> flash;
    private final IntSupplier status;
    private final UnaryOperator<String> assets;
    private final List<Locale> offered;

    public Layout(
            MessageSource messages,
            Locale locale,
            Address address,
            SignedInPerson person,
            Set<String> roles,
            CsrfToken csrf,
            List<Flash.Notice> flash,
            Contributions contributions,
            java.time.ZoneId zone,
            IntSupplier status,
            UnaryOperator<String> assets,
            List<Locale> offered) {
        this.messages = messages;
        this.locale = locale;
        this.address = address;
        this.person = person;
        this.roles = Set.copyOf(roles);
        this.csrf = csrf;
        this.flash = List.copyOf(flash);
        this.contributions = contributions;
        this.zone = zone;
        this.status = status;
        this.assets = assets;
        this.offered = List.copyOf(offered);
    }

    /** The address of a static file, with a hash of its content in it (so that it can be kept for a year). */
    public String asset(String path) {
        return assets.apply(path);
    }

    /** The message for {@code key} in the page's language, with its arguments filled in. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * The page's title as the browser shows it, after the site's name; marked as a problem when the page
     * is an error page or a form sent back with problems (its status, read when the page is written), so
     * that the first thing a screen reader says on arrival is that something went wrong.
     */
    public String title(String pageTitle) {
        String title = t("web.title", pageTitle, t("web.site.name"));
        return problem() ? t("web.title.problem", title) : title;
    }

    /** True on error pages and on forms sent back with problems. */
    public boolean problem() {
        return status.getAsInt() >= 400;
    }

    /**
     * The message for {@code key} with {@code quoted}, people's text in the language {@code lang}, as its
     * one argument, marked with that language so that a screen reader pronounces it right ("Interest in
     * <span lang="en">…</span>"). Everything is escaped; an odd language code leaves the text unmarked.
     */
    public Content quoting(String key, String quoted, String lang) {
        String[] around = t(key, QUOTE_MARK).split(QUOTE_MARK, -1);
        boolean marked = lang != null && LANGUAGE_CODE.matcher(lang).matches();
        return output -> {
            for (int i = 0; i < around.length; i++) {
                if (i > 0) {
                    output.writeContent(marked ? "<span lang=\"" + lang + "\">" : "");
                    Escape.htmlContent(quoted, output);
                    output.writeContent(marked ? "</span>" : "");
                }
                Escape.htmlContent(around[i], output);
            }
        };
    }

    /**
     * A language's name in the page's language ("engelska", "English", "الإنجليزية"), for notes such as
     * "shown in its original language"; an odd code is shown as it is.
     */
    public String languageName(String code) {
        if (code == null || !LANGUAGE_CODE.matcher(code).matches()) {
            return String.valueOf(code);
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    /** A date written out in the page's language ("30 november 2026", "30 November 2026"). */
    public String date(java.time.LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /**
     * A share from 0 to 1 as a percentage in the page's language, rounded down: only what is whole
     * shows as 100.
     */
    public String percent(double share) {
        return java.text.NumberFormat.getPercentInstance(locale).format(Math.floor(share * 100) / 100);
    }

    /** The day {@code moment} fell on in the county, as a machine reads it (2026-11-30). */
    public String day(java.time.Instant moment) {
        return moment.atZone(zone).toLocalDate().toString();
    }

    /** {@code moment} in the county's time, to the minute (2026-11-30 14:05). */
    public String dateTime(java.time.Instant moment) {
        return MINUTES.format(moment.atZone(zone));
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean english() {
        return Languages.ENGLISH.equals(locale);
    }

    /** Text direction, so that right-to-left translations can be added as message files alone. */
    public String dir() {
        return Languages.isRightToLeft(locale) ? "rtl" : "ltr";
    }

    /**
     * The header's language menu: this page in each offered language other than the page's own, each
     * named in itself so that a reader finds their language whatever the page is in. Plain links, so
     * that the menu works without JavaScript.
     */
    public List<LanguageLink> languageMenu() {
        return offeredLanguages().stream()
                .filter(link -> !link.code().equals(lang()))
                .toList();
    }

    /**
     * The languages the menu offers, and the page's own when it is one still being translated that was
     * chosen, for choosing one elsewhere (the account's language): saving the account page keeps it.
     */
    public List<LanguageLink> offeredLanguages() {
        List<Locale> languages = new ArrayList<>(offered);
        if (languages.stream().noneMatch(language -> language.getLanguage().equals(lang()))) {
            languages.add(locale);
        }
        return languages.stream()
                .map(language -> new LanguageLink(
                        language.getLanguage(), nameInItself(language), languageUrl(language.getLanguage())))
                .toList();
    }

    /** A language's name as its readers write it: "Svenska", "English", "العربية". */
    public static String nameInItself(Locale language) {
        String name = language.getDisplayLanguage(language);
        if (name.isBlank()) {
            return language.getLanguage();
        }
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /**
     * The page in each language and without one (x-default: the visitor's choice or browser decides), as
     * absolute addresses on the public address. None on error pages and forms sent back: those are not
     * pages to find.
     */
    public List<Alternate> alternates() {
        if (problem() || !address.languagePath().equals(address.path())) {
            return List.of();
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Locale language : offered) {
            alternates.add(
                    new Alternate(language.getLanguage(), address.baseUrl() + languageUrl(language.getLanguage())));
        }
        alternates.add(new Alternate("x-default", address.baseUrl() + languageUrl(null)));
        return alternates;
    }

    /** This page with {@code lang} chosen, or with no language named when it is null. */
    public String languageUrl(String lang) {
        StringBuilder url = new StringBuilder(address.languagePath());
        String separator = "?";
        // A form sent with POST has its fields in the body: the query of the page it came from is not known.
        if (address.languagePath().equals(address.path())
                && address.query() != null
                && !address.query().isBlank()) {
            for (String part : address.query().split("&")) {
                if (!part.startsWith("lang=") && SAFE_QUERY_PART.matcher(part).matches()) {
                    url.append(separator).append(part);
                    separator = "&";
                }
            }
        }
        if (lang != null) {
            url.append(separator).append("lang=").append(lang);
        }
        return url.toString();
    }

    /** The page's path on this site (normalised: one leading slash, nothing a browser would read as a host). */
    public String path() {
        return address.path();
    }

    /**
     * {@code raw} as a path on this site: runs of slashes collapsed (a leading "//" would name another
     * host), and anything that is not a plain absolute path replaced by the front page.
     */
    static String sitePath(String raw) {
        if (raw == null) {
            return "/";
        }
        String collapsed = raw.replaceAll("/{2,}", "/");
        return SAFE_PATH.matcher(collapsed).matches() ? collapsed : "/";
    }

    public boolean signedIn() {
        return person != null;
    }

    public String personName() {
        return person == null ? "" : person.displayName();
    }

    public Long personId() {
        return person == null ? null : person.personId();
    }

    /**
     * What the modules contribute to the frame (see {@link NavigationEntry}, {@link StaffCard} and
     * {@link PageSection}), each list in its order.
     */
    public record Contributions(
            List<NavigationEntry> navigation,
            List<StaffCard> staffCards,
            List<PageSection> sections,
            List<NavigationSource> navigationSources,
            List<EasyToRead> easyToRead) {

        public static final Contributions NONE =
                new Contributions(List.of(), List.of(), List.of(), List.of(), List.of());

        public Contributions(List<NavigationEntry> navigation, List<StaffCard> staffCards, List<PageSection> sections) {
            this(navigation, staffCards, sections, List.of(), List.of());
        }

        public Contributions {
            easyToRead = easyToRead.stream()
                    .sorted(java.util.Comparator.comparingInt(EasyToRead::order))
                    .toList();
            navigation = navigation.stream()
                    .sorted(java.util.Comparator.comparingInt(NavigationEntry::order))
                    .toList();
            staffCards = staffCards.stream()
                    .sorted(java.util.Comparator.comparingInt(StaffCard::order))
                    .toList();
            sections = sections.stream()
                    .sorted(java.util.Comparator.comparingInt(PageSection::order))
                    .toList();
            navigationSources = List.copyOf(navigationSources);
        }
    }

    /** The easy-to-read version of the page being shown, when it has one. */
    public EasyToRead easyToRead() {
        String here = path();
        return contributions.easyToRead().stream()
                .filter(easy -> easy.standardPath().equals(here))
                .findFirst()
                .orElse(null);
    }

    /** Every easy-to-read page, in order. */
    public List<EasyToRead> easyToReadPages() {
        return contributions.easyToRead();
    }

    /** The header's links for whoever is looking, the one for the page they are on marked current. */
    public List<NavigationEntry.Link> navigation() {
        String here = path();
        List<java.util.Map.Entry<Integer, NavigationEntry.Link>> links = new ArrayList<>();
        contributions.navigation().stream()
                .filter(this::shownTo)
                .forEach(entry -> links.add(java.util.Map.entry(
                        entry.order(),
                        new NavigationEntry.Link(
                                entry.path(),
                                t(entry.labelKey()),
                                current(here, entry.path()),
                                entry.post(),
                                entry.badge() == null || person == null
                                        ? 0
                                        : entry.badge().forPerson(person.personId()),
                                entry.badgeLabelKey() == null ? "" : t(entry.badgeLabelKey()),
                                null))));
        for (NavigationSource source : contributions.navigationSources()) {
            for (NavigationSource.Entry entry : computed(source)) {
                links.add(java.util.Map.entry(
                        entry.order(),
                        new NavigationEntry.Link(
                                entry.path(),
                                entry.label(),
                                current(here, entry.path()),
                                false,
                                0,
                                "",
                                locale.getLanguage().equals(entry.language()) ? null : entry.language())));
            }
        }
        // Stable: entries of the same order keep the order they were contributed in.
        links.sort(java.util.Map.Entry.comparingByKey());
        return links.stream().map(java.util.Map.Entry::getValue).toList();
    }

    private static boolean current(String here, String path) {
        return here.equals(path) || (!path.equals("/") && here.startsWith(path + "/"));
    }

    private List<NavigationSource.Entry> computed(NavigationSource source) {
        try {
            return source.entries(locale);
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    private boolean shownTo(NavigationEntry entry) {
        return switch (entry.audience()) {
            case EVERYONE -> true;
            case VISITORS -> !signedIn();
            case MEMBERS -> signedIn();
            case STAFF -> coordinator();
        };
    }

    /** The cards on the staff start page this person may use. */
    public List<StaffCard> staffCards() {
        return contributions.staffCards().stream()
                .filter(card -> !card.adminsOnly() || admin())
                .toList();
    }

    /** The sections the modules contribute to the page at {@code place}, already written for this reader. */
    public List<gg.jte.Content> sections(PageSection.Place place) {
        return contributions.sections().stream()
                .filter(section -> section.place() == place)
                .flatMap(section -> section.render(this).stream())
                .toList();
    }

    public boolean coordinator() {
        return roles.contains("COORDINATOR") || roles.contains("ADMIN");
    }

    public boolean admin() {
        return roles.contains("ADMIN");
    }

    /*
     * The form token is read only by a page that has a form to send: reading it makes a server session, and
     * a visitor who only reads pages (or a load balancer asking for health) should not get one.
     */
    public String csrfName() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** Messages (already in the page's language) carried over the last redirect. */
    public List<Flash.Notice> flash() {
        return flash;
    }

    /** Field messages for a form, in the page's language. */
    public FormErrors errors(org.springframework.validation.Errors errors) {
        return FormErrors.of(errors, messages, locale);
    }
}
