package org.kompanjoner.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.initiatives.internal.InitiativeContent;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Initiative forms for tests: a complete, valid one, with any fields replaced. */
public final class InitiativeMother {

    /** Fields whose value with commas is sent as several values, as checkboxes send them. */
    private static final List<String> MANY = List.of("challenges", "sectors", "linkedOrganisations");

    private InitiativeMother() {}

    /** The fields of a valid suggestion; {@code changes} are name and value pairs that replace fields. */
    public static Map<String, String> fields(String name, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("summary", "Ett återbruk där cyklar lagas av unga som söker sitt första jobb.");
        fields.put("description", "Verkstaden drivs av en förening i **Tranås** tillsammans med kommunen.");
        fields.put("stage", "PILOT");
        fields.put("challenges", "8,12");
        fields.put("sectors", "civil_society,public");
        fields.put("otherOrganisations", "Cykelföreningen Tranås");
        fields.put("municipality", "0687");
        fields.put("latitude", "");
        fields.put("longitude", "");
        fields.put("startYear", "2024");
        fields.put("endYear", "");
        fields.put("links", "https://cykelverkstan.example.se");
        fields.put("contactEmail", "");
        fields.put("outcomes", "Tolv unga har fått arbetsträning.");
        fields.put("peopleReached", "120");
        fields.put("jobs", "3");
        fields.put("volunteers", "");
        fields.put("language", "sv");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        return fields;
    }

    /** A POST of the form to {@code path}, with the form token. */
    public static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(
                (name, value) -> request.param(name, MANY.contains(name) ? value.split(",") : new String[] {value}));
        return request;
    }

    /** Valid content for tests that need an initiative but not any particular one: in Aneby, no exact point. */
    public static InitiativeContent content(String name) {
        return new InitiativeContent(
                name,
                "Grannar ringer varandra varje dag så att ingen blir ensam.",
                "Föreningen samordnar kedjan.",
                Stage.ESTABLISHED,
                List.of("3", "10"),
                List.of("civil_society"),
                List.of(),
                "0604",
                null,
                2022,
                null,
                List.of(),
                null,
                null,
                "",
                null,
                null,
                null,
                "sv");
    }

    public static MockHttpServletRequestBuilder suggestion(String name, String... changes) {
        return form("/initiativ/foresla", fields(name, changes));
    }
}
