package org.kompanjoner.events.web;

import java.util.Locale;
import java.util.Map;
import org.kompanjoner.events.internal.Answers;
import org.kompanjoner.events.internal.Event;
import org.kompanjoner.taxonomy.Choices;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** The event's questions on a registration form (a member's or a guest's), and the answers checked. */
@Component
class RegistrationQuestions {

    private final Taxonomy taxonomy;
    private final Choices choices;
    private final Answers answers;

    RegistrationQuestions(Taxonomy taxonomy, Choices choices, Answers answers) {
        this.taxonomy = taxonomy;
        this.choices = choices;
        this.answers = answers;
    }

    /** What the questions' part of the form needs: the questions, the answers typed so far, the sectors. */
    void show(Model model, Event event, Map<String, String> form, Locale locale) {
        model.addAttribute("questions", event.plan().questions());
        model.addAttribute("answers", QuestionFields.typed(event.plan().questions(), form));
        model.addAttribute("sectors", choices.of(TermKind.SECTOR, locale));
        model.addAttribute("keptDays", answers.keptFor().toDays());
    }

    Map<String, String> check(Event event, Map<String, String> form, Errors errors) {
        return QuestionFields.check(event.plan().questions(), form, errors, taxonomy);
    }
}
