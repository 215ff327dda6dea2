package org.kompanjoner.initiatives.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompanjoner.accounts.OrganisationPageSection;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.web.Layout;
import org.springframework.stereotype.Component;

/** The published initiatives an organisation takes part in, on its page. */
@Component
class OrganisationInitiativesSection implements OrganisationPageSection {

    static final int SHOWN = 50;

    private final JdbcInitiatives initiatives;
    private final InitiativeViews views;
    private final TemplateEngine templates;

    OrganisationInitiativesSection(JdbcInitiatives initiatives, InitiativeViews views, TemplateEngine templates) {
        this.initiatives = initiatives;
        this.views = views;
        this.templates = templates;
    }

    @Override
    public Optional<Content> forOrganisation(long organisationId, Layout layout) {
        List<InitiativeView> shown = views.cards(initiatives.publishedWith(organisationId, SHOWN), layout.locale());
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> parameters = Map.of("layout", layout, "initiatives", shown);
        return Optional.of(output -> templates.render("initiatives/_organisation-initiatives.jte", parameters, output));
    }
}
