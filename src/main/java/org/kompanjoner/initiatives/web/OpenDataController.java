package org.kompanjoner.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.initiatives.internal.Initiative;
import org.kompanjoner.initiatives.internal.JdbcInitiatives;
import org.kompanjoner.initiatives.internal.MunicipalityPoints;
import org.kompanjoner.initiatives.internal.OpenData;
import org.kompanjoner.initiatives.internal.Point;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published inventory as open data with the list's filters applied (CSV and GeoJSON, every entry
 * found), and the map's data (the first entries the list finds, as light GeoJSON points).
 */
@Controller
class OpenDataController {

    /** Entries read from the database at a time while a file is written. */
    static final int BATCH = 500;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InitiativeSearch search;
    private final JdbcInitiatives initiatives;
    private final OpenData openData;
    private final MunicipalityPoints points;
    private final MessageSource messages;

    OpenDataController(
            InitiativeSearch search,
            JdbcInitiatives initiatives,
            OpenData openData,
            MunicipalityPoints points,
            MessageSource messages) {
        this.search = search;
        this.initiatives = initiatives;
        this.openData = openData;
        this.points = points;
        this.messages = messages;
    }

    @GetMapping(InitiativeRoutes.CSV)
    void csv(InitiativeQuery query, HttpServletResponse response) throws IOException {
        List<Long> ids = ids(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"initiativ.csv\"");
        Writer writer = response.getWriter();
        CSVPrinter printer = openData.csv(writer);
        for (Initiative initiative : published(ids)) {
            openData.csvRow(printer, initiative);
        }
        printer.flush();
    }

    @GetMapping(InitiativeRoutes.GEOJSON)
    void geoJson(InitiativeQuery query, HttpServletResponse response) throws IOException {
        List<Long> ids = ids(query);
        response.setContentType("application/geo+json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"initiativ.geojson\"");
        Writer writer = response.getWriter();
        openData.startGeoJson(writer);
        boolean first = true;
        for (Initiative initiative : published(ids)) {
            openData.geoJsonFeature(writer, initiative, first);
            first = false;
        }
        openData.endGeoJson(writer);
        writer.flush();
    }

    /**
     * What the map draws: the first {@value InitiativeController#MAP_LIMIT} entries the list finds, in the
     * list's order, each at its point or its municipality's; with how many there are in all.
     */
    @GetMapping(value = InitiativeRoutes.MAP_DATA, produces = "application/json")
    void mapData(InitiativeQuery query, Locale locale, HttpServletResponse response) throws IOException {
        InitiativeFilters filters = search.filters(query).onPage(1);
        List<Long> ids = search.first(filters, InitiativeController.MAP_LIMIT);
        List<Object> features = new ArrayList<>();
        for (JdbcInitiatives.Placed placed : initiatives.placed(ids)) {
            boolean exact = placed.latitude() != null && placed.longitude() != null;
            Point where = exact
                    ? new Point(placed.latitude(), placed.longitude())
                    : points.of(placed.municipality()).orElse(null);
            if (where == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", placed.name());
            properties.put("url", InitiativeRoutes.initiative(placed.id()));
            properties.put("stage", messages.getMessage("initiatives.stage." + placed.stage(), null, locale));
            properties.put("placement", exact ? "exact" : "municipality");
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", placed.id());
            feature.put(
                    "geometry", Map.of("type", "Point", "coordinates", List.of(where.longitude(), where.latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getWriter(), collection);
    }

    private List<Long> ids(InitiativeQuery query) {
        InitiativeFilters filters = search.filters(query);
        // In the order they were added, as a file is read best.
        return search.all(filters).stream().sorted().toList();
    }

    /** The published entries with these ids, read a batch at a time. */
    private Iterable<Initiative> published(List<Long> ids) {
        return () -> java.util.stream.IntStream.iterate(0, from -> from < ids.size(), from -> from + BATCH)
                .mapToObj(from -> initiatives.byIds(ids.subList(from, Math.min(ids.size(), from + BATCH))))
                .flatMap(List::stream)
                .filter(Initiative::published)
                .iterator();
    }
}
