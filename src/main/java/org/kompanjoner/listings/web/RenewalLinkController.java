package org.kompanjoner.listings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kompanjoner.listings.ListingRoutes;
import org.kompanjoner.listings.internal.JdbcListings;
import org.kompanjoner.listings.internal.Listing;
import org.kompanjoner.listings.internal.Postings;
import org.kompanjoner.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Renewal from the reminder mail: the link itself proves it comes from the owner, so no sign-in is
 * needed. It asks before it renews: mail scanners open links to check them, and a renewal on their visit
 * would use up the owner's single-use link.
 */
@Controller
class RenewalLinkController {

    private final JdbcListings listings;
    private final Postings postings;
    private final ListingViews views;

    RenewalLinkController(JdbcListings listings, Postings postings, ListingViews views) {
        this.listings = listings;
        this.postings = postings;
        this.views = views;
    }

    @GetMapping(ListingRoutes.LISTINGS + "/forlang/{token}")
    String confirmRenewal(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
        Listing listing = token.length() > 100
                ? null
                : listings.renewalFor(org.kompanjoner.shared.SecretToken.hashOf(token))
                        .flatMap(listings::byId)
                        .orElse(null);
        if (listing == null) {
            response.setStatus(400);
            return "listings/renew-failed";
        }
        model.addAttribute("view", views.of(listing, locale));
        model.addAttribute("token", token);
        return "listings/renew-confirm";
    }

    @PostMapping(ListingRoutes.LISTINGS + "/forlang/{token}")
    String renewByLink(@PathVariable String token, HttpServletResponse response, RedirectAttributes redirect) {
        Long id = token.length() > 100
                ? null
                : listings.redeemRenewal(org.kompanjoner.shared.SecretToken.hashOf(token))
                        .orElse(null);
        if (id == null || !postings.renewByLink(id)) {
            response.setStatus(400);
            return "listings/renew-failed";
        }
        Flash.message(redirect, "listings.renewed");
        return "redirect:" + ListingRoutes.listing(id);
    }
}
