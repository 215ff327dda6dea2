package org.kompanjoner.programmes.boards;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kompanjoner.events.SessionPlan;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.web.Flash;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' side (under {@code /admin}, so coordinators and administrators only): the inbox of
 * cases by status, and one case with its panel, meeting, advice, decline and story. A form with a
 * mistake comes back as the case's page with the mistake named (400) and nothing changed.
 */
@Controller
class BoardInboxController {

    static final int MAX_ADVICE = 4000;
    static final int MAX_NEXT_STEPS = 2000;
    static final int MAX_MESSAGE = 1000;
    static final int MAX_STORY_TITLE = 200;
    static final int MAX_STORY_TEXT = 6000;

    private final BoardDesk desk;
    private final BoardCases cases;
    private final Advisers advisers;
    private final BoardViews views;
    private final Choices choices;
    private final Taxonomy taxonomy;
    private final Settings settings;

    BoardInboxController(
            BoardDesk desk,
            BoardCases cases,
            Advisers advisers,
            BoardViews views,
            Choices choices,
            Taxonomy taxonomy,
            Settings settings) {
        this.desk = desk;
        this.cases = cases;
        this.advisers = advisers;
        this.views = views;
        this.choices = choices;
        this.taxonomy = taxonomy;
        this.settings = settings;
    }

    @GetMapping(BoardRoutes.INBOX)
    String inbox(@RequestParam(defaultValue = "") String status, Locale locale, Model model) {
        CaseStatus shown = Arrays.stream(CaseStatus.values())
                .filter(value -> value.name().equals(status))
                .findFirst()
                .orElse(null);
        Map<CaseStatus, Long> counts = new LinkedHashMap<>();
        for (CaseStatus value : CaseStatus.values()) {
            counts.put(value, cases.count(value));
        }
        model.addAttribute("shown", shown == null ? "" : shown.name());
        model.addAttribute("counts", counts);
        model.addAttribute("cases", cases.inbox(shown, 200));
        model.addAttribute("names", (Function<Long, String>) views::name);
        model.addAttribute("advisers", views.seats(advisers.active(), locale));
        return "programmes/boards/inbox";
    }

    @GetMapping(BoardRoutes.INBOX + "/arenden/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        return casePage(model, desk.find(id), null, Map.of(), MeetingForm.EMPTY, locale);
    }

    private String casePage(
            Model model,
            BoardCase boardCase,
            Errors errors,
            Map<String, String> typed,
            MeetingForm meeting,
            Locale locale) {
        CaseView view = views.caseView(boardCase, locale);
        model.addAttribute("view", view);
        model.addAttribute("formErrors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "volunteers",
                views.choices(view.panel().stream().map(PanelSeat::personId).toList(), locale));
        model.addAttribute("municipalities", choices.municipalitiesByCounty(locale, List.of()));
        return "programmes/boards/staff-case";
    }

    private String refusedPage(
            Model model,
            long id,
            Errors errors,
            Map<String, String> typed,
            MeetingForm meeting,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(400);
        return casePage(model, desk.find(id), errors, typed, meeting, locale);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/radgivare")
    String seat(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String adviser,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        desk.find(id);
        Errors errors = form("adviser", adviser);
        if (!adviser.matches("\\d{1,18}")) {
            errors.rejectValue("adviser", "boards.panel.not-adviser");
        } else {
            try {
                desk.seat(id, Long.parseLong(adviser));
            } catch (Refused refused) {
                errors.rejectValue("adviser", refused.explained().messageKey());
            }
        }
        if (errors.hasErrors()) {
            return refusedPage(model, id, errors, Map.of(), MeetingForm.EMPTY, locale, response);
        }
        Flash.message(redirect, "boards.panel.seated", views.name(Long.parseLong(adviser)));
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/radgivare/{personId}/ta-bort")
    String unseat(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        desk.unseat(id, personId);
        Flash.message(redirect, "boards.panel.unseated", views.name(personId));
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/panel-klar")
    String panelSeated(@PathVariable long id, RedirectAttributes redirect) {
        desk.panelSeated(id);
        Flash.message(redirect, "boards.panel.complete");
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/mote")
    String meeting(
            @PathVariable long id,
            @ModelAttribute MeetingForm meeting,
            Authentication viewer,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BoardCase boardCase = desk.find(id);
        Errors errors = new MapBindingResult(new LinkedHashMap<>(), "meeting");
        MeetingTimes.Checked checked = MeetingTimes.check(meeting, errors, settings.zone(), taxonomy);
        if (errors.hasErrors()) {
            return refusedPage(model, id, errors, Map.of(), meeting, locale, response);
        }
        desk.schedule(
                id,
                new SessionPlan(
                        views.meetingTitle(boardCase, locale),
                        views.meetingSummary(locale),
                        BoardDesk.MEETING_CHALLENGES,
                        checked.startsAt(),
                        checked.endsAt(),
                        meeting.venue().isBlank() ? null : meeting.venue().strip(),
                        meeting.venue().isBlank() ? null : meeting.municipality(),
                        meeting.onlineLink().isBlank() ? null : meeting.onlineLink(),
                        locale.getLanguage().equals("en") ? "en" : "sv"),
                MemberBoardController.signedIn(viewer));
        Flash.message(redirect, "boards.meeting.scheduled");
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/rad")
    String advice(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String advice,
            @RequestParam(defaultValue = "") String nextSteps,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        desk.find(id);
        Errors errors = form("advice", advice, "nextSteps", nextSteps);
        BoardFields.required(errors, "advice", advice, MAX_ADVICE);
        BoardFields.required(errors, "nextSteps", nextSteps, MAX_NEXT_STEPS);
        if (errors.hasErrors()) {
            return refusedPage(
                    model,
                    id,
                    errors,
                    Map.of("advice", advice, "nextSteps", nextSteps),
                    MeetingForm.EMPTY,
                    locale,
                    response);
        }
        desk.advise(id, advice.strip(), nextSteps.strip());
        Flash.message(redirect, "boards.advice.saved");
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/avboj")
    String decline(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        desk.find(id);
        Errors errors = form("message", message);
        BoardFields.required(errors, "message", message, MAX_MESSAGE);
        if (errors.hasErrors()) {
            return refusedPage(model, id, errors, Map.of("message", message), MeetingForm.EMPTY, locale, response);
        }
        desk.decline(id, message.strip());
        Flash.message(redirect, "boards.decline.done");
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    @PostMapping(BoardRoutes.INBOX + "/arenden/{id}/berattelse")
    String story(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String storyTitle,
            @RequestParam(defaultValue = "") String storyText,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        BoardCase boardCase = desk.find(id);
        Map<String, String> typed = Map.of("storyTitle", storyTitle, "storyText", storyText);
        Errors errors = form("storyTitle", storyTitle, "storyText", storyText);
        if (!boardCase.consent()) {
            errors.reject("boards.story.no-consent");
        }
        BoardFields.required(errors, "storyTitle", storyTitle, MAX_STORY_TITLE);
        BoardFields.required(errors, "storyText", storyText, MAX_STORY_TEXT);
        if (!errors.hasErrors()) {
            try {
                desk.publishStory(id, storyTitle.strip(), storyText.strip());
            } catch (Refused refused) {
                errors.reject(refused.explained().messageKey());
            }
        }
        if (errors.hasErrors()) {
            return refusedPage(model, id, errors, typed, MeetingForm.EMPTY, locale, response);
        }
        Flash.message(redirect, "boards.story.published");
        return "redirect:" + BoardRoutes.staffCase(id);
    }

    /** Errors for a form whose fields are {@code fieldsAndValues}, in pairs. */
    private static Errors form(String... fieldsAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new MapBindingResult(values, "form");
    }
}
