package org.kompanjoner.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.kompanjoner.web.Layout;
import org.kompanjoner.web.Layouts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its frame, so no controller has to remember it. Only pages: the actuator's endpoints
 * are handled by the same machinery and need no frame.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Layouts layouts;

    LayoutAdvice(Layouts layouts) {
        this.layouts = layouts;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        return layouts.of(request);
    }
}
