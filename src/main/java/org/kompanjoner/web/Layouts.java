package org.kompanjoner.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.kompanjoner.shared.Settings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link Layout} of a request; used for ordinary pages and error pages alike. */
@Component
public class Layouts {

    private final MessageSource messages;
    private final ObjectProvider<NavigationEntry> navigation;
    private final ObjectProvider<StaffCard> staffCards;
    private final ObjectProvider<PageSection> sections;
    private final ObjectProvider<NavigationSource> navigationSources;
    private final ObjectProvider<EasyToRead> easyToRead;
    private volatile Layout.Contributions contributions;
    private final ObjectProvider<RequestMappingHandlerMapping> routes;
    private final ObjectProvider<ResourceUrlProvider> assets;
    private final String baseUrl;
    private final java.time.ZoneId zone;
    private final Translations translations;

    Layouts(
            MessageSource messages,
            ObjectProvider<NavigationEntry> navigation,
            ObjectProvider<StaffCard> staffCards,
            ObjectProvider<PageSection> sections,
            ObjectProvider<NavigationSource> navigationSources,
            ObjectProvider<EasyToRead> easyToRead,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes,
            @Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> assets,
            Settings settings,
            Translations translations) {
        this.messages = messages;
        this.navigation = navigation;
        this.staffCards = staffCards;
        this.sections = sections;
        this.navigationSources = navigationSources;
        this.easyToRead = easyToRead;
        this.routes = routes;
        this.assets = assets;
        this.baseUrl = settings.baseUrl();
        this.zone = settings.zone();
        this.translations = translations;
    }

    /** The address of a static file with a hash of its content in it; the plain address if there is none. */
    public String asset(String path) {
        ResourceUrlProvider provider = assets.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(path);
        return versioned == null ? path : versioned;
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
                new Layout.Address(path, request.getQueryString(), languagePath(request, path), baseUrl),
                person,
                roles,
                csrf,
                flash(request, locale),
                contributions(),
                zone,
                status(),
                this::asset,
                translations.offered());
    }

    /**
     * Where the language switch leads. A page fetched with GET is fetched again; a form sent with POST and
     * shown again with its problems has no page at its own address when the address only takes a POST
     * (a link there would be refused), so the switch leads to the nearest page above it that can be
     * fetched: the listing for an interest, the account page for a change of password.
     */
    private String languagePath(HttpServletRequest request, String path) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return path;
        }
        return nearestPage(path);
    }

    /**
     * The nearest address at or above {@code path} that is a page (answers GET): the listing for a form
     * sent from it, the account page for a change of password.
     */
    public String nearestPage(String path) {
        String candidate = Layout.sitePath(path);
        while (!candidate.equals("/") && !answersGet(candidate)) {
            candidate = candidate.substring(0, Math.max(1, candidate.lastIndexOf('/')));
        }
        return candidate;
    }

    private boolean answersGet(String path) {
        RequestMappingHandlerMapping mapping = routes.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        PathContainer container = PathContainer.parsePath(path);
        return mapping.getHandlerMethods().keySet().stream().anyMatch(route -> {
            Set<RequestMethod> methods = route.getMethodsCondition().getMethods();
            return (methods.isEmpty() || methods.contains(RequestMethod.GET))
                    && route.getPathPatternsCondition() != null
                    && route.getPathPatternsCondition().getPatterns().stream()
                            .anyMatch(pattern -> pattern.matches(container));
        });
    }

    /** The response's status as it is when the page is written: controllers set it before they render. */
    private static IntSupplier status() {
        HttpServletResponse response =
                RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                        ? attributes.getResponse()
                        : null;
        return response == null ? () -> 200 : response::getStatus;
    }

    /** Gathered once: the beans modules contribute do not change while the application runs. */
    private Layout.Contributions contributions() {
        Layout.Contributions gathered = contributions;
        if (gathered == null) {
            gathered = new Layout.Contributions(
                    navigation.orderedStream().toList(),
                    staffCards.orderedStream().toList(),
                    sections.orderedStream().toList(),
                    navigationSources.orderedStream().toList(),
                    easyToRead.orderedStream().toList());
            contributions = gathered;
        }
        return gathered;
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
