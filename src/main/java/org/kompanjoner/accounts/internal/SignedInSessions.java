package org.kompanjoner.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** The session of the person making a request, kept in step with their account. */
@Component
public class SignedInSessions {

    private final JdbcPeople people;
    private final SecurityContextRepository contexts;

    SignedInSessions(JdbcPeople people, SecurityContextRepository contexts) {
        this.people = people;
        this.contexts = contexts;
    }

    /**
     * Reloads the person into this session, for example after they changed their own password: the
     * change ends their other sessions, but not the one they made it in.
     */
    public void refresh(long personId, HttpServletRequest request, HttpServletResponse response) {
        people.byId(personId)
                .ifPresent(person -> SessionGuard.signInAs(new AccountUser(person), request, response, contexts));
    }
}
