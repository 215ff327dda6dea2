package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.Layouts;
import org.kompanjoner.web.Requests;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every module's refusals reach people the same way, from this one place: "not found" and "not yours"
 * as their error pages, and a change that is not possible now (or breaks a rule) as the message on the
 * page the form was sent from, where what they see still makes sense.
 */
@ControllerAdvice
class Refusals {

    private final Layouts layouts;

    Refusals(Layouts layouts) {
        this.layouts = layouts;
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (refused.why()) {
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case NOT_YOURS -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case NOT_NOW, RULE -> {
                if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                    // Reading a page changes nothing: there is no form to go back to.
                    response.sendError(HttpServletResponse.SC_CONFLICT);
                    return new ModelAndView();
                }
                Flash.problem(request, refused.messageKey(), refused.arguments());
                return new ModelAndView("redirect:" + sentFrom(request));
            }
        }
        return new ModelAndView();
    }

    /** The page the form was on: the referring page of this site, else the nearest page above the form's address. */
    private String sentFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI page = URI.create(referer);
                if (request.getServerName().equalsIgnoreCase(page.getHost()) && page.getRawPath() != null) {
                    String path = page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
                    String safe = Requests.safeNext(path, null);
                    if (safe != null) {
                        return safe;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // Fall through to the nearest page.
            }
        }
        return layouts.nearestPage(request.getRequestURI());
    }
}
