package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.AccountUser;
import org.kompanjoner.accounts.internal.Invitation;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.Memberships;
import org.kompanjoner.accounts.internal.Organisation;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in an invitation mail: see who invites you to what, then accept, signed in with the address
 * the invitation was sent to. Anyone else who holds the link is told it was meant for another address.
 */
@Controller
class InvitationController {

    private final Memberships memberships;
    private final JdbcOrganisations organisations;

    InvitationController(Memberships memberships, JdbcOrganisations organisations) {
        this.memberships = memberships;
        this.organisations = organisations;
    }

    @GetMapping(AccountRoutes.INVITATION + "/{token}")
    String show(
            @PathVariable String token,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response) {
        Invitation invitation = memberships.openInvitation(token).orElse(null);
        if (invitation == null) {
            response.setStatus(404);
            return "accounts/invitation-invalid";
        }
        if (user != null && !memberships.sentTo(invitation, user.personId())) {
            return otherAddress(invitation, model, response);
        }
        Organisation organisation =
                organisations.byId(invitation.organisationId()).orElseThrow();
        model.addAttribute("invitation", invitation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("token", token);
        model.addAttribute("here", AccountRoutes.invitation(token));
        return "accounts/invitation";
    }

    @PostMapping(AccountRoutes.INVITATION + "/{token}")
    String accept(
            @PathVariable String token,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (user == null) {
            throw Refused.notYours("Sign in to accept");
        }
        Invitation invitation = memberships.openInvitation(token).orElse(null);
        if (invitation == null) {
            response.setStatus(404);
            return "accounts/invitation-invalid";
        }
        if (!memberships.sentTo(invitation, user.personId())) {
            return otherAddress(invitation, model, response);
        }
        Organisation organisation =
                organisations.byId(invitation.organisationId()).orElseThrow();
        Memberships.Acceptance result;
        try {
            result = memberships.accept(token, user.personId());
        } catch (Refused refused) {
            refused.explained();
            response.setStatus(404);
            return "accounts/invitation-invalid";
        }
        Flash.message(
                redirect,
                result == Memberships.Acceptance.JOINED
                        ? "accounts.invitation.joined"
                        : "accounts.invitation.was-member",
                organisation.name());
        return "redirect:" + AccountRoutes.organisation(organisation.slug());
    }

    /** Refuses someone signed in with another address; the invited address is shown only masked. */
    private static String otherAddress(Invitation invitation, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("maskedAddress", Emails.masked(invitation.email()));
        return "accounts/invitation-other-address";
    }
}
