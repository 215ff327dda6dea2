package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.kompanjoner.web.Layouts;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Error pages in the reader's language, inside the normal frame, never with technical detail. */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 429, 500);

    private final Layouts layouts;

    ErrorPages(Layouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        String kind = EXPLAINED.contains(code) ? String.valueOf(code) : (code >= 500 ? "500" : "400");
        ModelAndView page = new ModelAndView("web/error");
        page.addObject("layout", layouts.of(request));
        page.addObject("kind", kind);
        page.setStatus(status);
        return page;
    }
}
