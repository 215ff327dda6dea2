package org.kompanjoner.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A part of a shared page that a module contributes, written by that module's own template: the front
 * page's search box, "my listings" on one's account page, the counts on the staff start page. The page
 * shows every section for its place in {@link #order()} and knows nothing of what they hold, so that a
 * new module adds to it with a bean and no page has to name it.
 */
public interface PageSection {

    /** The pages that take sections. */
    enum Place {
        FRONT_PAGE,
        MY_ACCOUNT,
        STAFF_START,
        /** The accessibility statement, where a visitor learns how to report a problem. */
        ACCESSIBILITY_STATEMENT
    }

    Place place();

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    /** The section in the page's language; empty when there is nothing to show this person. */
    Optional<Content> render(Layout layout);

    /** A section at {@code place} written by {@code render}. */
    static PageSection of(Place place, int order, Function<Layout, Optional<Content>> render) {
        return new PageSection() {
            @Override
            public Place place() {
                return place;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Content> render(Layout layout) {
                return render.apply(layout);
            }
        };
    }

    /** A section at {@code place} that is always shown: {@code template} with {@code parameters}. */
    static PageSection template(
            Place place,
            int order,
            TemplateEngine templates,
            String template,
            Function<Layout, Map<String, Object>> parameters) {
        return of(
                place,
                order,
                layout -> Optional.of(output -> templates.render(template, parameters.apply(layout), output)));
    }
}
