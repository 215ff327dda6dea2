package org.kompanjoner.initiatives.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kompanjoner.initiatives.InitiativeRoutes;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.web.CsvCells;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published inventory as open data: CSV (one row an entry, the columns below) and GeoJSON (a point
 * feature an entry, with the same values as properties). A CSV file written here and imported into an
 * empty platform gives the same entries back; the contact person, a member, is left out of both.
 */
@Component
public class OpenData {

    /**
     * The CSV columns, in order: the entry's id, the content's fields as in
     * {@link InitiativeContent#fields()} but the contact person (a member, not public), when it was last
     * verified, and its address.
     */
    public static final List<String> COLUMNS = java.util.stream.Stream.of(
                    java.util.stream.Stream.of("id"),
                    InitiativeContent.FIELDS.stream()
                            .filter(field -> !field.equals("contactPerson"))
                            .map(OpenData::column),
                    java.util.stream.Stream.of("last_verified", "url"))
            .flatMap(columns -> columns)
            .toList();

    /** Columns a file to import must have; the others may be left out. */
    public static final List<String> REQUIRED =
            List.of("name", "summary", "stage", "challenges", "municipality", "start_year", "language");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MunicipalityPoints points;
    private final Settings settings;

    OpenData(MunicipalityPoints points, Settings settings) {
        this.points = points;
        this.settings = settings;
    }

    /** The content field a column holds (“start_year” holds “startYear”), or null for id, last_verified, url. */
    public static String field(String column) {
        String field = java.util.regex.Pattern.compile("_([a-z])")
                .matcher(column)
                .replaceAll(match -> match.group(1).toUpperCase(java.util.Locale.ROOT));
        return InitiativeContent.FIELDS.contains(field) ? field : null;
    }

    /** The column that holds a content field (“startYear” is in “start_year”). */
    public static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** One entry's values by column. */
    Map<String, String> values(Initiative initiative) {
        Map<String, String> fields = initiative.content().fields();
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String field = field(column);
            values.put(column, field == null ? "" : fields.get(field));
        }
        values.put("id", String.valueOf(initiative.id()));
        values.put(
                "last_verified",
                initiative.verifiedOn() == null ? "" : initiative.verifiedOn().toString());
        values.put("url", settings.link(InitiativeRoutes.initiative(initiative.id())));
        return values;
    }

    /** The address of an entry as this platform writes it in its files. */
    String url(long id) {
        return settings.link(InitiativeRoutes.initiative(id));
    }

    /** Starts a CSV file: a byte-order mark, so that spreadsheet programs read it as UTF-8, and the header. */
    public CSVPrinter csv(Writer writer) throws IOException {
        writer.write('\uFEFF');
        return CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get()
                .print(writer);
    }

    public void csvRow(CSVPrinter printer, Initiative initiative) throws IOException {
        printer.printRecord(
                values(initiative).values().stream().map(CsvCells::safe).toList());
    }

    public void startGeoJson(Writer writer) throws IOException {
        writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    /**
     * One entry as a point feature: its own point, or its municipality's (then {@code placement} says
     * so, and its latitude and longitude properties are empty, as in the CSV file).
     */
    public void geoJsonFeature(Writer writer, Initiative initiative, boolean first) throws IOException {
        InitiativeContent content = initiative.content();
        Point where = points.where(content.point(), content.municipality()).orElse(null);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", initiative.id());
        feature.put(
                "geometry",
                where == null
                        ? null
                        : Map.of("type", "Point", "coordinates", List.of(where.longitude(), where.latitude())));
        Map<String, Object> properties = new LinkedHashMap<>(values(initiative));
        properties.put("placement", content.point() == null ? "municipality" : "exact");
        feature.put("properties", properties);
        if (!first) {
            writer.write(',');
        }
        writer.write(JSON.writeValueAsString(feature));
    }

    public void endGeoJson(Writer writer) throws IOException {
        writer.write("]}");
    }

    /** Columns a header names that are not ours. */
    static List<String> unknownColumns(List<String> header) {
        List<String> unknown = new ArrayList<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                unknown.add(column);
            }
        }
        return unknown;
    }
}
