package org.kompanjoner.programmes.boards;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kompanjoner.web.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side: what a social business board is, with the stories published with the entrepreneurs'
 * consent; and the follow-up form a mailed link leads to. Opening the link changes nothing; the answer is
 * stored once, and the link used again says it was answered already (409) and stores nothing.
 */
@Controller
class PublicBoardController {

    static final int STORIES_SHOWN = 20;

    private final BoardDesk desk;
    private final BoardCases cases;
    private final BoardViews views;

    PublicBoardController(BoardDesk desk, BoardCases cases, BoardViews views) {
        this.desk = desk;
        this.cases = cases;
        this.views = views;
    }

    @GetMapping({BoardRoutes.PUBLIC, BoardRoutes.PUBLIC_ENGLISH})
    String boards(Model model) {
        model.addAttribute(
                "stories",
                cases.stories(STORIES_SHOWN).stream()
                        .map(boardCase ->
                                new Story(boardCase.storyTitle(), views.story(boardCase), boardCase.storyPublishedAt()))
                        .toList());
        return "programmes/boards/boards";
    }

    @GetMapping(BoardRoutes.PUBLIC + "/uppfoljning/{token}")
    String followUpForm(@PathVariable String token, Model model, HttpServletResponse response) {
        FollowUp followUp = desk.followUp(token);
        if (followUp.answered()) {
            return answeredAlready(response);
        }
        return followUpPage(model, token, followUp, null, Map.of());
    }

    @PostMapping(BoardRoutes.PUBLIC + "/uppfoljning/{token}")
    String answer(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String howItWent,
            @RequestParam(defaultValue = "") String stepsTaken,
            @RequestParam(defaultValue = "") String rating,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        FollowUp followUp = desk.followUp(token);
        if (followUp.answered()) {
            return answeredAlready(response);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("howItWent", howItWent);
        typed.put("stepsTaken", stepsTaken);
        typed.put("rating", rating);
        Errors errors = new MapBindingResult(new LinkedHashMap<>(typed), "form");
        BoardFields.required(errors, "howItWent", howItWent, FollowUp.MAX_TEXT);
        BoardFields.required(errors, "stepsTaken", stepsTaken, FollowUp.MAX_TEXT);
        if (!rating.matches("[1-5]")) {
            errors.rejectValue("rating", "boards.follow-up.rating.required");
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
            return followUpPage(model, token, followUp, errors, typed);
        }
        if (!desk.answer(followUp, howItWent.strip(), stepsTaken.strip(), Integer.parseInt(rating))) {
            return answeredAlready(response);
        }
        Flash.message(redirect, "boards.follow-up.thanks");
        return "redirect:" + BoardRoutes.PUBLIC;
    }

    private String followUpPage(
            Model model, String token, FollowUp followUp, Errors errors, Map<String, String> typed) {
        model.addAttribute("action", BoardRoutes.followUp(token));
        model.addAttribute("months", followUp.months());
        model.addAttribute("formErrors", errors);
        model.addAttribute("typed", typed);
        return "programmes/boards/follow-up";
    }

    private static String answeredAlready(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "programmes/boards/follow-up-answered";
    }
}
