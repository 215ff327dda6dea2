import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads N realistic initiatives straight into a Kompanjoner database (the embedded H2 file by default),
 * for benchmarks: variations of the demo county's initiatives spread over all 290 municipalities, every
 * stage, one to three societal challenges, about a third with an exact point near their municipality's,
 * published over the last three years, each with an owner and a line of history. The search index is
 * not written here: the application rebuilds it from the database when it starts without one.
 *
 * <p>Usage: {@code java -cp <classpath> bench/GenerateInitiatives.java JDBC_URL COUNT}
 */
public class GenerateInitiatives {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        List<CSVRecord> templates = read("src/main/resources/demo/initiatives.csv");
        List<CSVRecord> points = read("src/main/resources/initiatives/municipality_point.csv");
        String[] stages = {"IDEA", "PILOT", "ESTABLISHED", "ESTABLISHED", "SPREADING", "ENDED"};
        String[] sectors = {"company", "public", "civil_society", "academia"};
        Instant now = Instant.now();
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
            try (PreparedStatement initiative = db.prepareStatement(
                            "insert into initiatives_initiative (name, summary, description, stage, municipality, latitude,"
                                    + " longitude, start_year, end_year, links, contact_person_id, contact_email, outcomes,"
                                    + " people_reached, jobs, volunteers, language, state, changed_since_review, verified_on,"
                                    + " created_at, updated_at, published_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, null, ?, ?, null, null, ?, 'PUBLISHED', false,"
                                    + " null, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement challenge = db.prepareStatement(
                            "insert into initiatives_challenge (initiative_id, challenge) values (?, ?)");
                    PreparedStatement sector = db.prepareStatement(
                            "insert into initiatives_sector (initiative_id, sector) values (?, ?)");
                    PreparedStatement organisation = db.prepareStatement(
                            "insert into initiatives_organisation (initiative_id, position, organisation_id, name,"
                                    + " organisation_number) values (?, 0, null, ?, null)");
                    PreparedStatement owner = db.prepareStatement(
                            "insert into initiatives_owner (initiative_id, person_id, added_at) values (?, ?, ?)");
                    PreparedStatement history = db.prepareStatement(
                            "insert into initiatives_history (initiative_id, actor_id, action, changes, note, changed_at)"
                                    + " values (?, ?, 'IMPORTED', null, null, ?)")) {
                for (int i = 0; i < count; i++) {
                    CSVRecord template = templates.get(random.nextInt(templates.size()));
                    CSVRecord place = points.get(random.nextInt(points.size()));
                    Timestamp published = Timestamp.from(now.minusSeconds(random.nextInt(3 * 365 * 24 * 3600)));
                    String stage = stages[random.nextInt(stages.length)];
                    int start = 2000 + random.nextInt(26);
                    long person = people.get(random.nextInt(people.size()));
                    initiative.setString(1, truncate(template.get("name") + " #" + (i + 1), 150));
                    initiative.setString(2, template.get("summary"));
                    initiative.setString(3, template.get("description"));
                    initiative.setString(4, stage);
                    initiative.setString(5, place.get("municipality_code"));
                    if (random.nextInt(3) == 0) {
                        // Within a few kilometres of the municipality's point, so inside Sweden.
                        initiative.setDouble(6, round(Double.parseDouble(place.get("latitude")) + (random.nextDouble() - 0.5) * 0.06));
                        initiative.setDouble(7, round(Double.parseDouble(place.get("longitude")) + (random.nextDouble() - 0.5) * 0.1));
                    } else {
                        initiative.setNull(6, java.sql.Types.DOUBLE);
                        initiative.setNull(7, java.sql.Types.DOUBLE);
                    }
                    initiative.setInt(8, start);
                    if (stage.equals("ENDED")) {
                        initiative.setInt(9, Math.min(2026, start + 1 + random.nextInt(6)));
                    } else {
                        initiative.setNull(9, java.sql.Types.INTEGER);
                    }
                    initiative.setLong(10, person);
                    initiative.setString(11, template.get("outcomes"));
                    if (template.get("people_reached").isBlank()) {
                        initiative.setNull(12, java.sql.Types.INTEGER);
                    } else {
                        initiative.setInt(12, Integer.parseInt(template.get("people_reached")));
                    }
                    initiative.setString(13, template.get("language"));
                    initiative.setTimestamp(14, published);
                    initiative.setTimestamp(15, published);
                    initiative.setTimestamp(16, published);
                    initiative.executeUpdate();
                    long id;
                    try (ResultSet keys = initiative.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    Set<Integer> chosen = new TreeSet<>();
                    int goals = 1 + random.nextInt(3);
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
                    organisation.setLong(1, id);
                    organisation.setString(2, "Föreningen " + place.get("place") + " " + (1 + random.nextInt(40)));
                    organisation.addBatch();
                    owner.setLong(1, id);
                    owner.setLong(2, person);
                    owner.setTimestamp(3, published);
                    owner.addBatch();
                    history.setLong(1, id);
                    history.setLong(2, people.get(0));
                    history.setTimestamp(3, published);
                    history.addBatch();
                    if (i % 1000 == 999) {
                        flush(db, challenge, sector, organisation, owner, history);
                        if (i % 5000 == 4999) {
                            System.out.println((i + 1) + " initiatives");
                        }
                    }
                }
                flush(db, challenge, sector, organisation, owner, history);
            }
        }
        System.out.println("Loaded " + count + " initiatives");
    }

    static void flush(Connection db, PreparedStatement... batches) throws Exception {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        db.commit();
    }

    static List<CSVRecord> read(String file) throws Exception {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static double round(double degrees) {
        return Math.round(degrees * 100000) / 100000.0;
    }

    static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
