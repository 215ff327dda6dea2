package org.kompanjoner.listings.web;

import java.util.Map;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.ListingState;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.ListingTranslations;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.TextFields;
import org.kompanjoner.shared.Translated;
import org.kompanjoner.web.SignedInPerson;
import org.kompanjoner.web.TranslationController;
import org.kompanjoner.web.TranslationForm;
import org.kompanjoner.web.TranslationPages;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A listing's title, summary and description in other languages, written by its owner or by staff. */
@Controller
@RequestMapping(ListingRoutes.LISTINGS + "/{id}/oversattning")
class ListingTranslationController extends TranslationController<Listing> {

    static final TranslationForm.Limits LIMITS =
            new TranslationForm.Limits(ListingForm.MAX_TITLE, ListingForm.MAX_SUMMARY, ListingForm.MAX_DESCRIPTION);

    private final JdbcListings listings;
    private final ListingTranslations translations;
    private final Postings postings;

    ListingTranslationController(
            JdbcListings listings,
            ListingTranslations translations,
            Postings postings,
            TranslationPages pages,
            MessageSource messages) {
        super(pages, messages, LIMITS);
        this.listings = listings;
        this.translations = translations;
        this.postings = postings;
    }

    /** The listing, when the viewer may translate it: its owner or staff; anyone else is refused with 403. */
    @Override
    protected Listing translatable(long id, Authentication viewer) {
        Listing listing = listings.byId(id).orElseThrow(Refused::notFound);
        SignedInPerson person = SignedInPerson.of(viewer);
        if (person == null || !(listing.ownedBy(person.personId()) || SignedInPerson.staff(viewer))) {
            throw Refused.notYours("Not the owner");
        }
        if (!listing.state().open()) {
            throw Refused.notNow("listings.closed");
        }
        return listing;
    }

    @Override
    protected String originalLanguage(Listing listing) {
        return listing.content().language();
    }

    @Override
    protected TextFields original(Listing listing) {
        return listing.content().texts();
    }

    @Override
    protected Map<String, Translated.Translation<TextFields>> translations(Listing listing) {
        return translations.of(listing.id());
    }

    @Override
    protected String save(Listing listing, TranslationPages.Save translation, Authentication viewer) {
        ListingState after = postings.translate(
                listing.id(),
                translation.language(),
                translation.fields(),
                translation.machine(),
                SignedInPerson.of(viewer).personId(),
                SignedInPerson.staff(viewer));
        return after == ListingState.PENDING_REVIEW && listing.state() == ListingState.PUBLISHED
                ? "listings.saved.review"
                : "web.translation.saved";
    }

    @Override
    protected void remove(Listing listing, String language, Authentication viewer) {
        postings.removeTranslation(
                listing.id(), language, SignedInPerson.of(viewer).personId(), SignedInPerson.staff(viewer));
    }

    @Override
    protected String pageOf(Listing listing) {
        return ListingRoutes.listing(listing.id());
    }

    @Override
    protected String formOf(Listing listing) {
        return ListingRoutes.translation(listing.id());
    }

    @Override
    protected String textLabelKey() {
        return "listings.field.description";
    }
}
