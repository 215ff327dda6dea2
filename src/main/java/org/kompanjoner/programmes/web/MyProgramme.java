package org.kompanjoner.programmes.web;

import java.util.List;
import org.kompanjoner.programmes.internal.Application;
import org.kompanjoner.programmes.internal.Certificate;
import org.kompanjoner.programmes.internal.Programme;

/** A programme as its applicant sees it on their own page. */
public record MyProgramme(
        Programme programme, Application application, List<SessionRow> sessions, Certificate certificate) {

    public long attendedCount() {
        return sessions.stream().filter(SessionRow::attended).count();
    }
}
