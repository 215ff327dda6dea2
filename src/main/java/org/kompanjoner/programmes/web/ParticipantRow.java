package org.kompanjoner.programmes.web;

import java.util.List;
import org.kompanjoner.programmes.internal.Application;
import org.kompanjoner.programmes.internal.Certificate;

/**
 * An applicant as the coordinators see them: their application, name and address, attendance at each
 * session (in the order of the sessions), and their certificate once they completed.
 */
public record ParticipantRow(
        Application application, String name, String email, List<Boolean> attendance, Certificate certificate) {

    public long attendedCount() {
        return attendance.stream().filter(Boolean::booleanValue).count();
    }
}
