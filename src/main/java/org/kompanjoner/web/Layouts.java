package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link Layout} of a request; used for ordinary pages and error pages alike. */
@Component
public class Layouts {

    private final MessageSource messages;
    private final ObjectProvider<UnreadNotices> unreadNotices;

    Layouts(MessageSource messages, ObjectProvider<UnreadNotices> unreadNotices) {
        this.messages = messages;
        this.unreadNotices = unreadNotices;
    }

    public Layout of(HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!Languages.SUPPORTED.contains(locale)) {
            locale = Languages.supported(locale.toLanguageTag());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SignedInPerson person = null;
        Set<String> roles = Set.of();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getPrincipal() instanceof SignedInPerson signedIn) {
            person = signedIn;
            roles = authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_"))
                    .map(authority -> authority.substring("ROLE_".length()))
                    .collect(Collectors.toSet());
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String path = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (path == null) {
            path = request.getRequestURI();
        }
        return new Layout(
                messages,
                locale,
                new Layout.Address(path, request.getQueryString(), null),
                person,
                roles,
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                flash(request, locale),
                unread(person));
    }

    private long unread(SignedInPerson person) {
        if (person == null) {
            return 0;
        }
        UnreadNotices counter = unreadNotices.getIfAvailable();
        return counter == null ? 0 : counter.unreadFor(person.personId());
    }

    private List<Flash.Notice> flash(HttpServletRequest request, Locale locale) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash == null || !(flash.get(Flash.ATTRIBUTE) instanceof String key)) {
            return List.of();
        }
        Object[] arguments = flash.get(Flash.ARGUMENTS) instanceof Object[] given ? given : new Object[0];
        return List.of(new Flash.Notice(
                messages.getMessage(key, arguments, locale), Boolean.TRUE.equals(flash.get(Flash.PROBLEM))));
    }
}
