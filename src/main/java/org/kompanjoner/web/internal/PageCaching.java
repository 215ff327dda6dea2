package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long a page may be kept. A signed-in person's pages are never kept (Spring Security's default
 * {@code no-store}, left in place here): they show their name, their messages, their contact details.
 * A visitor's pages may be kept by the browser alone ({@code private}: a page can hold a form token of
 * its session) and are checked again on every visit ({@code no-cache}): listings change, and the page's
 * language follows the visitor's cookie and browser, which {@code Vary} says. Unlike {@code no-store},
 * this lets the back button show the page at once.
 */
@Configuration(proxyBeanMethods = false)
class PageCaching implements WebMvcConfigurer, HandlerInterceptor {

    static final String VISITORS_PAGE = "private, no-cache";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            // Static files: see StaticFileCaching.
            return true;
        }
        response.addHeader("Vary", "Accept-Language, Cookie");
        if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && !signedIn()) {
            response.setHeader("Cache-Control", VISITORS_PAGE);
        }
        return true;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
