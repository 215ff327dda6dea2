package org.kompanjoner.initiatives.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.shared.CsvResources;
import org.springframework.stereotype.Component;

/**
 * One point for each municipality (its main town), where an entry without an exact point is drawn on
 * the map. From GeoNames, CC BY 4.0: the map credits it.
 */
@Component
public class MunicipalityPoints {

    private final Map<String, Point> points = new HashMap<>();

    MunicipalityPoints() {
        try {
            for (CSVRecord row : CsvResources.read("initiatives/municipality_point.csv")) {
                points.put(
                        row.get("municipality_code"),
                        new Point(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Point> of(String municipalityCode) {
        return Optional.ofNullable(points.get(municipalityCode));
    }

    /** Where an entry is drawn: its own point, or its municipality's. */
    public Optional<Point> where(Point exact, String municipalityCode) {
        return exact != null ? Optional.of(exact) : of(municipalityCode);
    }
}
