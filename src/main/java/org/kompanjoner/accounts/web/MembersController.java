package org.kompanjoner.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.internal.AccountUser;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.Memberships;
import org.kompanjoner.accounts.internal.Organisation;
import org.kompanjoner.shared.Emails;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An owner's page for an organisation's members and invitations; a member leaving. */
@Controller
class MembersController {

    private final JdbcOrganisations organisations;
    private final Memberships memberships;

    MembersController(JdbcOrganisations organisations, Memberships memberships) {
        this.organisations = organisations;
        this.memberships = memberships;
    }

    @GetMapping(AccountRoutes.ORGANISATIONS + "/{slug}/medlemmar")
    String page(@PathVariable String slug, @AuthenticationPrincipal AccountUser user, Model model) {
        Organisation organisation = find(slug);
        requireOwner(organisation, user);
        return render(model, organisation, "", null);
    }

    /** The invitation form: one address. */
    public record Invite(String email) {}

    @PostMapping(AccountRoutes.ORGANISATIONS + "/{slug}/inbjudningar")
    String invite(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Organisation organisation = find(slug);
        requireOwner(organisation, user);
        BindingResult errors = new BeanPropertyBindingResult(new Invite(email), "invite");
        if (email.isBlank()) {
            errors.rejectValue("email", "accounts.invitation.email.required");
        } else if (!Emails.plausible(email)) {
            errors.rejectValue("email", "accounts.invitation.email.invalid");
        } else {
            try {
                memberships.invite(organisation.id(), email, user.personId(), locale);
            } catch (Refused refused) {
                refused.explained();
                errors.rejectValue("email", refused.messageKey());
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return render(model, organisation, email, errors);
        }
        Flash.message(redirect, "accounts.invitation.sent", Emails.normalise(email));
        return "redirect:" + AccountRoutes.members(slug);
    }

    @PostMapping(AccountRoutes.ORGANISATIONS + "/{slug}/inbjudningar/{invitationId}/ta-bort")
    String withdraw(
            @PathVariable String slug,
            @PathVariable long invitationId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Organisation organisation = find(slug);
        requireSignedIn(user);
        memberships.withdrawInvitation(organisation.id(), invitationId, user.personId());
        Flash.message(redirect, "accounts.invitation.withdrawn");
        return "redirect:" + AccountRoutes.members(slug);
    }

    @PostMapping(AccountRoutes.ORGANISATIONS + "/{slug}/medlemmar/{personId}/roll")
    String changeRole(
            @PathVariable String slug,
            @PathVariable long personId,
            @RequestParam(defaultValue = "") String role,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Organisation organisation = find(slug);
        requireSignedIn(user);
        MembershipRole newRole;
        try {
            newRole = MembershipRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            memberships.changeRole(organisation.id(), personId, newRole, user.personId());
            Flash.message(redirect, "accounts.members.role-changed");
        } catch (Refused refused) {
            refused.explained();
            Flash.problem(redirect, refused.messageKey());
        }
        return "redirect:" + AccountRoutes.members(slug);
    }

    @PostMapping(AccountRoutes.ORGANISATIONS + "/{slug}/medlemmar/{personId}/ta-bort")
    String remove(
            @PathVariable String slug,
            @PathVariable long personId,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        Organisation organisation = find(slug);
        requireSignedIn(user);
        try {
            memberships.remove(organisation.id(), personId, user.personId());
        } catch (Refused refused) {
            refused.explained();
            Flash.problem(redirect, refused.messageKey());
            return "redirect:"
                    + (memberships.isOwner(organisation.id(), user.personId())
                            ? AccountRoutes.members(slug)
                            : AccountRoutes.organisation(slug));
        }
        if (personId == user.personId()) {
            Flash.message(redirect, "accounts.members.left", organisation.name());
            return "redirect:" + AccountRoutes.MY_ACCOUNT;
        }
        Flash.message(redirect, "accounts.members.removed");
        return "redirect:" + AccountRoutes.members(slug);
    }

    private String render(Model model, Organisation organisation, String email, BindingResult errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", organisations.members(organisation.id()));
        model.addAttribute("invitations", organisations.openInvitations(organisation.id()));
        model.addAttribute("email", email);
        model.addAttribute("formErrors", errors);
        return "accounts/members";
    }

    private Organisation find(String slug) {
        return organisations.bySlug(slug).orElseThrow(() -> Refused.notFound());
    }

    private void requireOwner(Organisation organisation, AccountUser user) {
        requireSignedIn(user);
        if (!memberships.isOwner(organisation.id(), user.personId())) {
            throw Refused.notYours("Not an owner");
        }
    }

    private static void requireSignedIn(AccountUser user) {
        if (user == null) {
            throw Refused.notYours("Not signed in");
        }
    }
}
