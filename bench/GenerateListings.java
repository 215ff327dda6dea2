import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads N realistic listings straight into a Kompanjoner database (the embedded H2 file by default),
 * for benchmarks: variations of the demo county's 150 listings, spread over all 290 municipalities,
 * every category and direction, published over the last year and expiring within the next. The search
 * index is not written here: the application rebuilds it from the database when it starts without one.
 *
 * <p>Usage: {@code java -cp <classpath> bench/GenerateListings.java JDBC_URL COUNT}
 */
public class GenerateListings {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        List<CSVRecord> templates;
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/demo/listings.csv"), StandardCharsets.UTF_8)) {
            templates = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        List<String> municipalities = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/taxonomy/municipality_county.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                municipalities.add(row.get("municipality_code"));
            }
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            List<Long> people = new ArrayList<>();
            try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("select id from accounts_person")) {
                while (rs.next()) {
                    people.add(rs.getLong(1));
                }
            }
            if (people.isEmpty()) {
                throw new IllegalStateException("Start the application once with the demo county first");
            }
            String[] places = {"MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "MUNICIPALITY", "COUNTY", "NATIONAL", "REMOTE"};
            String[] sectors = {"company", "public", "civil_society", "academia"};
            LocalDate today = LocalDate.now();
            Instant now = Instant.now();
            try (PreparedStatement listing = db.prepareStatement(
                            "insert into listings_listing (owner_id, organisation_id, category, direction, title, summary, description,"
                                    + " language, place_kind, place_code, expires_on, state, created_at, updated_at, published_at)"
                                    + " values (?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement challenge = db.prepareStatement(
                            "insert into listings_listing_challenge (listing_id, challenge) values (?, ?)");
                    PreparedStatement sector = db.prepareStatement(
                            "insert into listings_listing_sector (listing_id, sector) values (?, ?)");
                    PreparedStatement tag = db.prepareStatement("insert into listings_listing_tag (listing_id, tag) values (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    CSVRecord template = templates.get(random.nextInt(templates.size()));
                    String municipality = municipalities.get(random.nextInt(municipalities.size()));
                    String place = places[random.nextInt(places.length)];
                    Timestamp published = Timestamp.from(now.minusSeconds(random.nextInt(365 * 24 * 3600)));
                    listing.setLong(1, people.get(random.nextInt(people.size())));
                    listing.setString(2, random.nextInt(4) == 0 ? template.get("category") : pick(random, "BUSINESS_IDEA", "COMPETENCE", "COLLABORATION"));
                    listing.setString(3, random.nextBoolean() ? "OFFERING" : "SEEKING");
                    listing.setString(4, truncate(template.get("title") + " #" + (i + 1), 120));
                    listing.setString(5, template.get("summary"));
                    listing.setString(6, template.get("description"));
                    listing.setString(7, template.get("language"));
                    listing.setString(8, place);
                    listing.setString(9, place.equals("MUNICIPALITY") ? municipality : place.equals("COUNTY") ? municipality.substring(0, 2) : null);
                    listing.setDate(10, Date.valueOf(today.plusDays(1 + random.nextInt(365))));
                    listing.setTimestamp(11, published);
                    listing.setTimestamp(12, published);
                    listing.setTimestamp(13, published);
                    listing.executeUpdate();
                    long id;
                    try (ResultSet keys = listing.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    int goals = 1 + random.nextInt(3);
                    java.util.Set<Integer> chosen = new java.util.TreeSet<>();
                    while (chosen.size() < goals) {
                        chosen.add(1 + random.nextInt(17));
                    }
                    for (int goal : chosen) {
                        challenge.setLong(1, id);
                        challenge.setString(2, String.valueOf(goal));
                        challenge.addBatch();
                    }
                    sector.setLong(1, id);
                    sector.setString(2, sectors[random.nextInt(sectors.length)]);
                    sector.addBatch();
                    for (String word : template.get("tags").split(";")) {
                        if (!word.isBlank()) {
                            tag.setLong(1, id);
                            tag.setString(2, word.strip());
                            tag.addBatch();
                        }
                    }
                    if (i % 1000 == 999) {
                        challenge.executeBatch();
                        sector.executeBatch();
                        tag.executeBatch();
                        db.commit();
                        if (i % 20000 == 19999) {
                            System.out.println((i + 1) + " listings");
                        }
                    }
                }
                challenge.executeBatch();
                sector.executeBatch();
                tag.executeBatch();
                db.commit();
            }
        }
        System.out.println("Loaded " + count + " listings");
    }

    static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
