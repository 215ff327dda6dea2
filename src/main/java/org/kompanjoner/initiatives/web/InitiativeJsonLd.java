package org.kompanjoner.initiatives.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.Stage;
import org.kompanjoner.web.JsonLd;

/**
 * A published initiative as schema.org data: a {@code Project} (and a {@code CreativeWork}, for what it
 * is about and its language) with its place, its societal challenges, the organisations taking part and
 * the contact address it chose to show. Members' names are left out, as on the page for visitors.
 */
final class InitiativeJsonLd {

    private InitiativeJsonLd() {}

    static String of(InitiativeView view, String municipalityName, String countyName, String baseUrl) {
        var content = view.content();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", List.of("Project", "CreativeWork"));
        data.put("@id", baseUrl + InitiativeRoutes.initiative(view.id()));
        data.put("url", baseUrl + InitiativeRoutes.initiative(view.id()));
        data.put("name", content.name());
        data.put("description", content.summary());
        data.put("inLanguage", content.language());
        data.put("foundingDate", String.valueOf(content.startYear()));
        if (content.endYear() != null && content.stage() == Stage.ENDED) {
            data.put("dissolutionDate", String.valueOf(content.endYear()));
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("addressLocality", municipalityName);
        address.put("addressRegion", countyName);
        address.put("addressCountry", "SE");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("address", address);
        if (content.point() != null) {
            place.put(
                    "geo",
                    Map.of(
                            "@type", "GeoCoordinates",
                            "latitude", content.point().latitude(),
                            "longitude", content.point().longitude()));
        }
        data.put("location", place);
        data.put(
                "about",
                view.challenges().stream()
                        .map(challenge -> Map.of("@type", "DefinedTerm", "name", challenge))
                        .toList());
        List<Object> members = new ArrayList<>();
        for (InitiativeView.Organisation organisation : view.organisations()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("@type", "Organization");
            member.put("name", organisation.name());
            if (organisation.path() != null) {
                member.put("url", baseUrl + organisation.path());
            }
            members.add(member);
        }
        if (!members.isEmpty()) {
            data.put("member", members);
        }
        if (content.contactEmail() != null) {
            data.put("email", content.contactEmail());
        }
        if (!content.links().isEmpty()) {
            data.put("sameAs", content.links());
        }
        return JsonLd.forScript(data);
    }
}
