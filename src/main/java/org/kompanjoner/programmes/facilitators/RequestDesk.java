package org.kompanjoner.programmes.facilitators;

import java.util.Locale;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.shared.Refused;
import org.kompanjoner.web.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request for a facilitator from arrival to its end: the coordinators assign it, the facilitator
 * accepts or gives it back, the coordinators close it as done or declined. Each step is checked
 * against the request as it is now, and the requester is told by mail in the same transaction.
 */
@Service
class RequestDesk {

    private final Requests requests;
    private final Facilitators facilitators;
    private final People people;
    private final FacilitatorMails mails;

    RequestDesk(Requests requests, Facilitators facilitators, People people, FacilitatorMails mails) {
        this.requests = requests;
        this.facilitators = facilitators;
        this.people = people;
        this.mails = mails;
    }

    @Transactional
    public long submit(RequestForm form, Locale locale) {
        long id = requests.insert(
                form, Languages.supported(locale.toLanguageTag()).getLanguage());
        mails.received(requests.byId(id).orElseThrow());
        return id;
    }

    FacilitatorRequest find(long id) {
        return requests.byId(id).orElseThrow(Refused::notFound);
    }

    @Transactional
    public void note(long id, String note) {
        find(id);
        requests.saveNote(id, note);
    }

    /** To {@code facilitatorId}, who must be a listed facilitator; a request already closed stays closed. */
    @Transactional
    public void assign(long id, long facilitatorId) {
        find(id);
        PersonSummary facilitator = people.find(facilitatorId)
                .filter(found -> facilitators.isActive(found.id()))
                .orElseThrow(() -> Refused.notNow("facilitators.inbox.assign.not-facilitator"));
        if (!requests.assign(id, facilitatorId)) {
            throw Refused.notNow("facilitators.inbox.closed-meanwhile");
        }
        FacilitatorRequest request = find(id);
        mails.assigned(request, facilitator.displayName());
        mails.askFacilitator(request, facilitator);
    }

    /** The assigned facilitator says yes; anyone else is refused. */
    @Transactional
    public void accept(long id, long personId) {
        FacilitatorRequest request = assignedTo(id, personId);
        if (!requests.accept(id, personId)) {
            throw Refused.notNow("facilitators.assignments.changed");
        }
        mails.accepted(
                request, people.find(personId).map(PersonSummary::displayName).orElse(""));
    }

    /** The assigned facilitator cannot: the request goes back to the inbox as new. */
    @Transactional
    public void decline(long id, long personId) {
        FacilitatorRequest request = assignedTo(id, personId);
        if (!requests.giveBack(id, personId)) {
            throw Refused.notNow("facilitators.assignments.changed");
        }
        mails.givenBack(request);
    }

    @Transactional
    public void close(long id, RequestStatus outcome, String message) {
        if (outcome.open()) {
            throw new IllegalArgumentException("Not an end: " + outcome);
        }
        FacilitatorRequest request = find(id);
        if (!requests.close(id, outcome)) {
            throw Refused.notNow("facilitators.inbox.closed-meanwhile");
        }
        mails.closed(request, outcome, message);
    }

    private FacilitatorRequest assignedTo(long id, long personId) {
        FacilitatorRequest request = find(id);
        if (request.facilitatorId() == null || request.facilitatorId() != personId) {
            throw Refused.notYours("Request " + id + " is not assigned to person " + personId);
        }
        return request;
    }
}
