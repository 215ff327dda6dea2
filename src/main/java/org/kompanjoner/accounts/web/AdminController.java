package org.kompanjoner.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.accounts.internal.JdbcPeople;
import org.kompanjoner.accounts.internal.Person;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** People and their roles, for administrators. */
@Controller
class AdminController {

    private final JdbcPeople people;
    private final JdbcOrganisations organisations;

    AdminController(JdbcPeople people, JdbcOrganisations organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping(AccountRoutes.ADMIN_PEOPLE)
    @PreAuthorize("hasRole('ADMIN')")
    String people(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        List<Person> found = people.search(query, 100);
        model.addAttribute("q", query);
        model.addAttribute("found", found);
        return "accounts/admin-people";
    }

    @PostMapping(AccountRoutes.ADMIN_PEOPLE + "/{personId}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    String changeRoles(
            @PathVariable long personId,
            @RequestParam(required = false) Set<String> roles,
            RedirectAttributes redirect) {
        Person person = people.byId(personId).orElseThrow(() -> Refused.notFound());
        Set<Role> wanted = EnumSet.of(Role.MEMBER);
        try {
            if (roles != null) {
                roles.forEach(role -> wanted.add(Role.valueOf(role)));
            }
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (person.roles().contains(Role.ADMIN)
                && !wanted.contains(Role.ADMIN)
                && people.countWithRole(Role.ADMIN) <= 1) {
            Flash.problem(redirect, "accounts.admin.last-admin");
            return "redirect:" + peopleMatching(person.email());
        }
        for (Role role : Role.values()) {
            if (wanted.contains(role)) {
                people.grant(personId, role);
            } else {
                people.revoke(personId, role);
            }
        }
        Flash.message(redirect, "accounts.admin.roles-saved", person.displayName());
        return "redirect:" + peopleMatching(person.email());
    }

    private static String peopleMatching(String text) {
        return UriComponentsBuilder.fromPath(AccountRoutes.ADMIN_PEOPLE)
                .queryParam("q", text)
                .encode()
                .build()
                .toUriString();
    }
}
