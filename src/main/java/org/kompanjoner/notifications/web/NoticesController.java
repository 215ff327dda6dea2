package org.kompanjoner.notifications.web;

import org.kompanjoner.notifications.NoticeRoutes;
import org.kompanjoner.notifications.internal.JdbcNotices;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Flash;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's notices: the list, opening one (which marks it read), and marking them all read. */
@Controller
@PreAuthorize("isAuthenticated()")
public class NoticesController {

    static final int PAGE_SIZE = 30;

    private final JdbcNotices notices;

    NoticesController(JdbcNotices notices) {
        this.notices = notices;
    }

    @GetMapping(NoticeRoutes.NOTICES)
    String list(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        long total = notices.countOf(person.personId());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = page.matches("\\d{1,6}") ? Math.min(pages, Math.max(1, Integer.parseInt(page))) : 1;
        model.addAttribute("notices", notices.of(person.personId(), (shown - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("unread", notices.unreadFor(person.personId()));
        return "notifications/notices";
    }

    /**
     * Opens a notice: it is marked read and the reader is sent where it leads. Marking read on a plain
     * link is deliberate (a click should be enough); the only thing a forged request could do is mark
     * one of the victim's own notices read, and someone else's notice is not found.
     */
    @GetMapping(NoticeRoutes.NOTICES + "/{id}")
    String open(@PathVariable long id, @AuthenticationPrincipal SignedInPerson person) {
        String link = notices.open(id, person.personId()).orElseThrow(() -> Refused.notFound());
        return "redirect:" + link;
    }

    @PostMapping(NoticeRoutes.MARK_ALL_READ)
    String markAllRead(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
        notices.markAllRead(person.personId());
        Flash.message(redirect, "notifications.notices.all-read");
        return "redirect:" + NoticeRoutes.NOTICES;
    }
}
