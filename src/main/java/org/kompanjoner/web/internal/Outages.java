package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kompanjoner.shared.Unavailable;
import org.kompanjoner.web.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A service the page needs (the shared search engine) does not answer: the reader gets the page that says
 * so and asks them to try again shortly (503 with Retry-After), never an error with technical detail, and
 * the log gets one line per request instead of a stack trace each time the cluster is down.
 */
@ControllerAdvice
class Outages {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    @ExceptionHandler(Unavailable.class)
    void unavailable(Unavailable unavailable, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.warn("{} {} answered 503: {}", request.getMethod(), request.getRequestURI(), unavailable.getMessage());
        request.setAttribute(Requests.ERROR_KIND, "unavailable");
        response.setHeader("Retry-After", String.valueOf(ErrorPages.RETRY_UNAVAILABLE_SECONDS));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
