import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Loads N events with M registrations in all straight into a Kompanjoner database, for benchmarks: every
 * type, spread over the past year and the coming one, half with a capacity, across the county's
 * municipalities; registrations from synthetic people (registrations name people by id only). It also
 * makes 200 verified accounts, bench-1@bench.example … bench-200@bench.example, with the password in
 * BENCH_PASSWORD, and one event with 50 seats, opened for them (its id is printed last).
 *
 * <p>Usage: {@code java -cp <classpath> bench/GenerateEvents.java JDBC_URL EVENTS REGISTRATIONS}
 */
public class GenerateEvents {

    static final String PASSWORD = "bench-password-2026";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        int registrationCount = Integer.parseInt(args[2]);
        Random random = new Random(42);
        String[] types = {"SEMINAR", "DIALOGUE_MEETING", "TRAINING", "WORKSHOP"};
        String[] municipalities = {"0680", "0682", "0683", "0684", "0685", "0686", "0687", "0604", "0617", "0642", "0643", "0662", "0665"};
        String[] words = {"kompetensförsörjning", "integration", "matsvinn", "mobilitet", "boende", "unga", "äldre", "återbruk", "energi", "hälsa"};
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            long organiser;
            try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery("select min(id) from accounts_person")) {
                rs.next();
                organiser = rs.getLong(1);
            }
            long[] ids = new long[count + 1];
            try (PreparedStatement event = db.prepareStatement("""
                            insert into events_event (type, title, summary, programme, starts_at, ends_at, venue_address,
                              municipality, online_link, capacity, registration_opens_at, registration_closes_at, language,
                              accessibility, offer_hours, state, created_by, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 48, 'PUBLISHED', ?, ?, ?)
                            """, new String[] {"id"});
                    PreparedStatement challenge = db.prepareStatement("insert into events_challenge (event_id, challenge) values (?, ?)")) {
                for (int i = 1; i <= count + 1; i++) {
                    boolean burst = i == count + 1;
                    String word = words[random.nextInt(words.length)];
                    Instant start = burst
                            ? now.plus(Duration.ofDays(30))
                            : now.plus(Duration.ofHours(random.nextInt(24 * 730) - 24 * 365));
                    event.setString(1, types[random.nextInt(types.length)]);
                    event.setString(2, burst ? "Belastningsprov" : "Evenemang " + i + " om " + word);
                    event.setString(3, "Om " + word + " i länet, för företag, föreningar, högskolan och det offentliga.");
                    event.setString(4, "**Program** om " + word);
                    event.setTimestamp(5, Timestamp.from(start));
                    event.setTimestamp(6, Timestamp.from(start.plus(Duration.ofHours(3))));
                    event.setString(7, "Lokal " + i);
                    event.setString(8, municipalities[random.nextInt(municipalities.length)]);
                    event.setString(9, random.nextInt(4) == 0 ? "https://mote.example.se/" + i : null);
                    if (burst) {
                        event.setInt(10, 50);
                    } else if (random.nextBoolean()) {
                        event.setInt(10, 20 + random.nextInt(80));
                    } else {
                        event.setNull(10, java.sql.Types.INTEGER);
                    }
                    event.setTimestamp(11, Timestamp.from(start.minus(Duration.ofDays(60))));
                    event.setTimestamp(12, Timestamp.from(start.minus(Duration.ofHours(1))));
                    event.setString(13, random.nextInt(10) == 0 ? "en" : "sv");
                    event.setString(14, "Hiss finns.");
                    event.setLong(15, organiser);
                    event.setTimestamp(16, Timestamp.from(now));
                    event.setTimestamp(17, Timestamp.from(now));
                    event.executeUpdate();
                    try (ResultSet key = event.getGeneratedKeys()) {
                        key.next();
                        ids[i - 1] = key.getLong(1);
                    }
                    challenge.setLong(1, ids[i - 1]);
                    challenge.setString(2, String.valueOf(1 + random.nextInt(17)));
                    challenge.executeUpdate();
                }
            }
            try (PreparedStatement registration = db.prepareStatement("""
                    insert into events_registration (event_id, person_id, status, waiting_position, address_confirmed,
                      created_at, updated_at)
                    values (?, ?, ?, ?, true, ?, ?)
                    """)) {
                // Each event gets its share; the first ones of each have seats, the rest wait in order.
                int perEvent = registrationCount / count;
                for (int e = 0; e < count; e++) {
                    for (int r = 0; r < perEvent; r++) {
                        registration.setLong(1, ids[e]);
                        registration.setLong(2, 1_000_000L + r);
                        boolean seat = r < 20;
                        registration.setString(3, seat ? "CONFIRMED" : "WAITING");
                        if (seat) {
                            registration.setNull(4, java.sql.Types.INTEGER);
                        } else {
                            registration.setInt(4, r - 19);
                        }
                        registration.setTimestamp(5, Timestamp.from(now));
                        registration.setTimestamp(6, Timestamp.from(now));
                        registration.addBatch();
                    }
                    if (e % 500 == 499) {
                        registration.executeBatch();
                        db.commit();
                    }
                }
                registration.executeBatch();
            }
            String hash = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
            try (PreparedStatement person = db.prepareStatement("""
                    insert into accounts_person (email, display_name, password_hash, locale, email_verified_at, created_at)
                    values (?, ?, ?, 'sv', ?, ?)
                    """)) {
                for (int i = 1; i <= 200; i++) {
                    person.setString(1, "bench-" + i + "@bench.example");
                    person.setString(2, "Belastning " + i);
                    person.setString(3, hash);
                    person.setTimestamp(4, Timestamp.from(now));
                    person.setTimestamp(5, Timestamp.from(now));
                    person.addBatch();
                }
                person.executeBatch();
            }
            try (Statement roles = db.createStatement()) {
                roles.executeUpdate("""
                        insert into accounts_person_role (person_id, role)
                        select id, 'MEMBER' from accounts_person where email like 'bench-%@bench.example'
                        """);
            }
            db.commit();
            System.out.println("Loaded " + count + " events and " + (registrationCount / count) * count + " registrations");
            System.out.println("burst-event " + ids[count]);
        }
    }
}
