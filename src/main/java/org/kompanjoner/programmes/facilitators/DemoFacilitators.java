package org.kompanjoner.programmes.facilitators;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kompanjoner.accounts.DemoPeople;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's facilitators: the source's facilitator training had about twenty participants and
 * eighteen completed it, so the first eighteen demo members are facilitators, each with a profile of
 * their own; and three requests for a facilitator, one new, one accepted and one done. Loaded when there
 * are no facilitators, after the demo people and events; the demo people get no mail. A programme
 * completed later grants nothing twice: these facilitators keep their profiles.
 */
@Component
class DemoFacilitators extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoFacilitators.class);

    static final int TRAINED = 18;

    private static final List<List<String>> AREAS = List.of(
            List.of("3", "10"),
            List.of("8", "9"),
            List.of("11", "13"),
            List.of("4", "5"),
            List.of("12", "17"),
            List.of("1", "10", "16"));
    private static final List<String> METHODS = List.of(
            "Dialogmöten, samtalscirklar",
            "Workshoppar, tjänstedesign",
            "Open Space, framtidsverkstad",
            "Social business board, affärsmodeller",
            "Fokusgrupper, medskapande",
            "Samverkansprocesser, world café");
    private static final List<List<String>> LANGUAGES = List.of(
            List.of("sv", "en"),
            List.of("sv"),
            List.of("sv", "en", "de"),
            List.of("sv", "ar"),
            List.of("sv", "en", "fi"),
            List.of("sv", "ti", "en"),
            List.of("sv", "so", "ar"),
            List.of("sv", "tr"),
            List.of("sv", "bs"));
    // The municipalities of Jönköpings län, where the source's training took place.
    private static final List<String> MUNICIPALITIES = List.of(
            "0680", "0683", "0682", "0685", "0687", "0686", "0662", "0665", "0643", "0604", "0617", "0642", "0684");
    private static final List<String> AVAILABILITY =
            List.of("Vardagar", "Vardagar och kvällar", "Kvällar och helger", "Efter överenskommelse");

    private final Settings settings;
    private final People people;
    private final DemoPeople demoPeople;
    private final Facilitators facilitators;
    private final FacilitatorStatus status;
    private final Requests requests;

    DemoFacilitators(
            Settings settings,
            People people,
            DemoPeople demoPeople,
            Facilitators facilitators,
            FacilitatorStatus status,
            Requests requests,
            TransactionTemplate transactions) {
        // After the demo people (10), listings (20), initiatives (30) and events (40).
        super(50, transactions);
        this.settings = settings;
        this.people = people;
        this.demoPeople = demoPeople;
        this.facilitators = facilitators;
        this.status = status;
        this.requests = requests;
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!settings.demo().enabled() || facilitators.countAll() > 0) {
            return;
        }
        DemoPeople.Cast cast = demoPeople.cast().orElse(null);
        if (cast == null) {
            // The demo people are not there (the database was not empty): no demo facilitators either.
            return;
        }
        List<PersonSummary> members = cast.members().stream()
                .limit(TRAINED)
                .map(id -> people.find(id).orElseThrow())
                .toList();
        for (int i = 0; i < members.size(); i++) {
            status.grantForDemo(members.get(i).id(), profile(i));
        }
        if (members.size() >= 3 && requests.countAll() == 0) {
            requests(members);
        }
        log.info("Demo county: {} facilitators", members.size());
    }

    private static FacilitatorProfile profile(int i) {
        List<String> places = new ArrayList<>(List.of(MUNICIPALITIES.get(i % MUNICIPALITIES.size())));
        String second = MUNICIPALITIES.get((i + 5) % MUNICIPALITIES.size());
        if (i % 2 == 0 && !places.contains(second)) {
            places.add(second);
        }
        return new FacilitatorProfile(
                AREAS.get(i % AREAS.size()),
                METHODS.get(i % METHODS.size()),
                LANGUAGES.get(i % LANGUAGES.size()),
                places,
                AVAILABILITY.get(i % AVAILABILITY.size()),
                "Jag gick facilitatorsutbildningen och leder gärna samtal där företag, kommun, föreningar och"
                        + " akademi möts kring en gemensam utmaning.");
    }

    /** A new request, one a facilitator has accepted, and one done: the inbox as a coordinator meets it. */
    private void requests(List<PersonSummary> members) {
        requests.insert(
                new RequestForm(
                        "Lena Ljung",
                        "lena.ljung@demo.kompanjoner.se",
                        "Eksjö bygderåd",
                        "Ett dialogmöte om hur fler unga kan bo kvar på landsbygden.",
                        "0686",
                        "En kväll i april",
                        "30 boende, föreningar och kommunens tjänstepersoner",
                        "",
                        ""),
                "sv");
        long accepted = requests.insert(
                new RequestForm(
                        "Omar Farah",
                        "omar.farah@demo.kompanjoner.se",
                        "Föreningen Nya Vänner",
                        "En workshop om att starta ett arbetsintegrerande socialt företag.",
                        "0680",
                        "Vecka 12",
                        "15 medlemmar, flera med somaliska som förstaspråk",
                        "",
                        ""),
                "sv");
        requests.assign(accepted, members.get(6).id());
        requests.accept(accepted, members.get(6).id());
        long done = requests.insert(
                new RequestForm(
                        "Karin Ström",
                        "karin.strom@demo.kompanjoner.se",
                        "Region Jönköpings län",
                        "Att leda en framtidsverkstad om äldres ensamhet.",
                        "0683",
                        "I höstas",
                        "40 deltagare från region, kommuner och civilsamhälle",
                        "",
                        ""),
                "sv");
        requests.assign(done, members.get(0).id());
        requests.accept(done, members.get(0).id());
        requests.close(done, RequestStatus.DONE);
    }
}
