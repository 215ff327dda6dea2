package org.kompanjoner.accounts.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.shared.CsvResources;
import org.springframework.stereotype.Component;

/** The demo people as the other modules' demo loaders ask for them. */
@Component
class DemoCast implements DemoPeople {

    private final JdbcPeople people;

    DemoCast(JdbcPeople people) {
        this.people = people;
    }

    @Override
    public Optional<Cast> cast() {
        List<Long> coordinators = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        try {
            for (CSVRecord person : CsvResources.read("demo/people.csv")) {
                PersonSummary found = people.findByEmail(person.get("email")).orElse(null);
                if (found == null) {
                    return Optional.empty();
                }
                switch (person.get("role")) {
                    case "coordinator" -> coordinators.add(found.id());
                    case "member" -> members.add(found.id());
                    default -> {
                        // Administrators run the platform, not its activities.
                    }
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return coordinators.isEmpty() ? Optional.empty() : Optional.of(new Cast(coordinators, members));
    }
}
