package org.kompanjoner.taxonomy.internal;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.taxonomy.TermKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped reference data (SCB counties and municipalities, sectors, sizes, the 17 goals) into
 * the database. Only entries whose code is missing are added, so an administrator's renames and hidden
 * entries survive every restart, and a newer data file adds what is new.
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final JdbcClient jdbc;

    private final JdbcTaxonomy taxonomy;

    ReferenceDataLoader(JdbcClient jdbc, JdbcTaxonomy taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        int added = 0;
        for (Row row : rows()) {
            added += jdbc.sql("""
                    insert into taxonomy_term (kind, code, parent_code, name_sv, name_en, position, hidden)
                    select ?, ?, ?, ?, ?, ?, false
                    where not exists (select 1 from taxonomy_term where kind = ? and code = ?)
                    """)
                    .params(
                            row.kind.name(),
                            row.code,
                            row.parent,
                            row.sv,
                            row.en,
                            row.position,
                            row.kind.name(),
                            row.code)
                    .update();
        }
        if (added > 0) {
            log.info("Loaded {} reference data entries", added);
            taxonomy.reread();
        }
    }

    private record Row(TermKind kind, String code, String parent, String sv, String en, int position) {}

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<CSVRecord> counties = read("taxonomy/counties.csv");
        for (CSVRecord county : counties) {
            String code = county.get("county_code");
            rows.add(new Row(
                    TermKind.COUNTY,
                    code,
                    null,
                    county.get("county_name"),
                    county.get("county_name_short") + " County",
                    Integer.parseInt(code)));
        }
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv"));
        List<CSVRecord> municipalities = read("taxonomy/municipality_county.csv").stream()
                .sorted(Comparator.comparing(record -> record.get("municipality_name_short"), swedish))
                .toList();
        for (int i = 0; i < municipalities.size(); i++) {
            CSVRecord municipality = municipalities.get(i);
            String name = municipality.get("municipality_name_short");
            rows.add(new Row(
                    TermKind.MUNICIPALITY,
                    municipality.get("municipality_code"),
                    municipality.get("county_code"),
                    name,
                    name,
                    i));
        }
        for (CSVRecord goal : read("taxonomy/sdg.csv")) {
            String number = goal.get("number");
            rows.add(new Row(
                    TermKind.CHALLENGE,
                    number,
                    null,
                    goal.get("name_sv"),
                    goal.get("name_en"),
                    Integer.parseInt(number)));
        }
        addSimple(rows, TermKind.SECTOR, read("taxonomy/sectors.csv"));
        addSimple(rows, TermKind.SIZE, read("taxonomy/sizes.csv"));
        checkUnique(rows);
        return rows;
    }

    private static void addSimple(List<Row> rows, TermKind kind, List<CSVRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            rows.add(new Row(kind, record.get("code"), null, record.get("name_sv"), record.get("name_en"), i));
        }
    }

    private static void checkUnique(List<Row> rows) {
        Set<String> keys = rows.stream().map(row -> row.kind + ":" + row.code).collect(Collectors.toSet());
        if (keys.size() != rows.size()) {
            throw new IllegalStateException("Reference data has duplicate codes");
        }
    }

    private static List<CSVRecord> read(String path) throws IOException {
        return CsvResources.read(path);
    }
}
