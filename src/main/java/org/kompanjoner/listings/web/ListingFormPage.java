package org.kompanjoner.listings.web;

import java.util.List;
import java.util.Locale;
import org.kompanjoner.accounts.OrganisationSummary;
import org.kompanjoner.accounts.Organisations;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingContent;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The listing form as a page: its choices in the reader's language, and what it takes to be complete. */
@Component
class ListingFormPage {

    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Postings postings;

    ListingFormPage(Organisations organisations, Taxonomy taxonomy, Choices choices, Postings postings) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.postings = postings;
    }

    String show(
            Model model,
            ListingForm form,
            BindingResult errors,
            Listing existing,
            SignedInPerson person,
            Locale locale) {
        List<OrganisationSummary> own = organisations.of(person.personId());
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", own);
        model.addAttribute("challenges", choices.challenges(locale, List.of()));
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale));
        model.addAttribute("counties", choices.of(TermKind.COUNTY, locale));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of()));
        model.addAttribute("today", postings.today());
        return "listings/form";
    }

    /** The form's content when every field is valid and a new member keeps to the link limit, else null. */
    ListingContent checked(ListingForm form, SignedInPerson person, BindingResult errors) {
        ListingContent content = form.check(taxonomy, organisations.of(person.personId()), postings.today(), errors);
        if (content != null && !postings.withinLinkLimit(person.personId(), content)) {
            errors.rejectValue(
                    "description",
                    "listings.description.too-many-links",
                    new Object[] {Postings.NEW_MEMBER_LINKS},
                    null);
            return null;
        }
        return content;
    }
}
