package org.kompanjoner.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the form token from the {@code X-CSRF-TOKEN} header or from the form's body, never from the
 * address: a token in a URL ends up in logs, browser history and {@code Referer} headers, and a request
 * that carries one there is refused as if it had none.
 */
final class FormOrHeaderCsrfTokens implements CsrfTokenRequestHandler {

    /** Spring Security's default, which masks the token anew on every page (against BREACH). */
    private final CsrfTokenRequestHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        standard.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        if (request.getHeader(token.getHeaderName()) == null && inAddress(request, token.getParameterName())) {
            return null;
        }
        return standard.resolveCsrfTokenValue(request, token);
    }

    private static boolean inAddress(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String key = pair.split("=", 2)[0];
            try {
                key = URLDecoder.decode(key, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException undecodable) {
                // An address that cannot be read is no place to trust a token from either.
                return true;
            }
            if (key.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
