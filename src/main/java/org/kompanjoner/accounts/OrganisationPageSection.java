package org.kompanjoner.accounts;

import gg.jte.Content;
import java.util.Optional;
import org.kompanjoner.web.Layout;

/**
 * A section of an organisation's public page that another module contributes, written by that module's
 * own template (the listings module shows the organisation's live listings). The organisation page
 * shows every section contributed, in bean order, and knows nothing of what they hold, so that modules
 * which depend on accounts can add to the page without accounts depending on them.
 */
public interface OrganisationPageSection {

    /**
     * The section for the organisation with {@code organisationId}, in the page's language (from
     * {@code layout}), starting with its own h2; empty when there is nothing to show.
     */
    Optional<Content> forOrganisation(long organisationId, Layout layout);
}
