package org.kompanjoner.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.Requests;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Error pages in the reader's language, inside the normal frame, never with technical detail, whatever
 * the client asked for: a person, a crawler and a script all get the same plain page and status.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413, 429, 500, 503);

    /** When to try again after a service the page needs did not answer (see {@link Outages}). */
    static final int RETRY_UNAVAILABLE_SECONDS = 30;

    private final Layouts layouts;

    ErrorPages(Layouts layouts) {
        this.layouts = layouts;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer given ? given : 500;
        if (busy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            // Every database connection stayed taken: nothing was done, and trying again shortly will work.
            code = 503;
            response.setHeader("Retry-After", "5");
        }
        String kind = kind(code);
        if (request.getAttribute(Requests.ERROR_KIND) instanceof String explained && (code == 403 || code == 503)) {
            kind = explained;
        }
        response.setStatus(code);
        // An error is never kept: whatever failed (a file a node does not have yet) may work next time.
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("layout", layouts.of(request));
        model.addAttribute("kind", kind);
        return "web/error";
    }

    private static boolean busy(Object exception) {
        for (Throwable cause = exception instanceof Throwable thrown ? thrown : null;
                cause != null;
                cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Which explanation a status gets: its own, or the general one for its class. */
    static String kind(int code) {
        return EXPLAINED.contains(code) ? String.valueOf(code) : (code >= 500 ? "500" : "400");
    }

    /** Clients that do not accept HTML get the same page; its status says what happened. */
    @RequestMapping("/error")
    String anyError(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        return error(request, response, model);
    }
}
