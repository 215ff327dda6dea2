package org.kompanjoner.initiatives.web;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kompanjoner.accounts.OrganisationPageSection;
import org.kompanjoner.web.Layout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What other modules show of an organisation on its page (its live listings, from the listings module),
 * shown here for each organisation on the platform that takes part in an initiative. This keeps the
 * inventory independent of those modules: it renders whatever sections they contribute.
 */
@Component
class OrganisationSections {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([2-5])\\b");

    /** The attributes that name an element by id within a page. */
    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\s(id|for|aria-labelledby|aria-describedby)=\"([A-Za-z][A-Za-z0-9_:.-]*)\"");

    private final ObjectProvider<OrganisationPageSection> sections;

    OrganisationSections(ObjectProvider<OrganisationPageSection> sections) {
        this.sections = sections;
    }

    /**
     * The sections for one organisation, or empty when none has anything to show. A section is written
     * for a page about one organisation, so its ids are made unique here (an initiative may show several).
     * The inventory's own section is left out: the initiative page already is about an initiative. The
     * sections start at h2 on the organisation's page; here they sit under the organisation's name, one
     * level lower.
     */
    Optional<Content> forOrganisation(long organisationId, Layout layout) {
        List<Content> found = sections.orderedStream()
                .filter(section -> !(section instanceof OrganisationInitiativesSection))
                .flatMap(section -> section.forOrganisation(organisationId, layout).stream())
                .toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StringOutput html = new StringOutput();
        found.forEach(content -> content.writeTo(html));
        String unique = ID_ATTRIBUTE
                .matcher(html.toString())
                .replaceAll(match -> " " + match.group(1) + "=\"" + match.group(2) + "-org" + organisationId + "\"");
        String nested = HEADING.matcher(unique)
                .replaceAll(match -> "<" + match.group(1) + "h" + (Integer.parseInt(match.group(2)) + 1));
        return Optional.of(output -> output.writeContent(nested));
    }
}
