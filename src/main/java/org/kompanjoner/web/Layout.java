package org.kompanjoner.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything the shared page frame needs, handed to every template as {@code layout}: the language and
 * its messages, the signed-in person, the CSRF token, the address of the page in the other language and
 * a message carried over a redirect.
 */
public final class Layout {

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final String query;
    private final SignedInPerson person;
    private final Set<String> roles;
    private final CsrfToken csrf;
    private final long unreadNotices;
    private final List<Flash.Notice> flash;

    public Layout(
            MessageSource messages,
            Locale locale,
            String path,
            String query,
            SignedInPerson person,
            Set<String> roles,
            CsrfToken csrf,
            List<Flash.Notice> flash,
            long unreadNotices) {
        this.messages = messages;
        this.locale = locale;
        this.path = path;
        this.query = query;
        this.person = person;
        this.roles = Set.copyOf(roles);
        this.csrf = csrf;
        this.flash = List.copyOf(flash);
        this.unreadNotices = unreadNotices;
    }

    /** The message for {@code key} in the page's language, with its arguments filled in. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
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

    public String otherLanguage() {
        return english() ? "sv" : "en";
    }

    /** The same page in the other language; the switch is a plain link, so it works without JavaScript. */
    public String otherLanguageUrl() {
        StringBuilder url = new StringBuilder(path).append("?");
        if (query != null && !query.isBlank()) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isBlank()) {
                    url.append(part).append("&");
                }
            }
        }
        return url.append("lang=").append(otherLanguage()).toString();
    }

    public String path() {
        return path;
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

    /** Notices the signed-in person has not read yet; zero for visitors. */
    public long unreadNotices() {
        return unreadNotices;
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
