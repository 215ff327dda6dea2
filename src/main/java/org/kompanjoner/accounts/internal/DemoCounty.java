package org.kompanjoner.accounts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.accounts.MembershipRole;
import org.kompanjoner.accounts.OrganisationNumber;
import org.kompanjoner.accounts.Role;
import org.kompanjoner.shared.BeforeOpening;
import org.kompanjoner.shared.CsvResources;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county, Jönköpings län: about forty organisations across every sector and sixty people with
 * roles, loaded once into an empty database when demo mode is on, before the site opens. All demo people
 * share one password, drawn at random now, printed in the log and kept in {@value #PASSWORD_FILE} in the
 * data folder, readable by its owner only, so no password is written in the code.
 */
@Component
class DemoCounty extends BeforeOpening {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);
    static final String PASSWORD_FILE = "demo-sign-in.txt";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final boolean enabled;
    private final JdbcPeople people;
    private final JdbcOrganisations organisations;
    private final Credentials credentials;
    private final PasswordEncoder passwords;
    private final Path dataDir;

    DemoCounty(
            Settings settings,
            JdbcPeople people,
            JdbcOrganisations organisations,
            Credentials credentials,
            PasswordEncoder passwords,
            TransactionTemplate transactions) {
        super(10, transactions);
        this.enabled = settings.demo().enabled();
        this.people = people;
        this.organisations = organisations;
        this.credentials = credentials;
        this.passwords = passwords;
        this.dataDir = settings.dataDir();
    }

    @Override
    protected void beforeOpening() throws IOException {
        if (!enabled || organisations.count() > 0 || people.count() > 1) {
            return;
        }
        String password = randomPassword();
        String hash = passwords.encode(password);

        Map<String, Long> organisationIds = new HashMap<>();
        Map<String, Long> owners = new HashMap<>();
        List<CSVRecord> peopleRows = read("demo/people.csv");
        Map<String, Long> personIds = new HashMap<>();
        String coordinatorEmail = null;
        String memberEmail = null;
        String adminEmail = null;
        for (CSVRecord row : peopleRows) {
            Role[] roles = switch (row.get("role")) {
                case "admin" -> new Role[] {Role.COORDINATOR, Role.ADMIN};
                case "coordinator" -> new Role[] {Role.COORDINATOR};
                default -> new Role[0];
            };
            long id = credentials.createVerified(
                    row.get("display_name"), row.get("email"), hash, Languages.supported(row.get("locale")), roles);
            personIds.put(row.get("key"), id);
            switch (row.get("role")) {
                case "admin" -> adminEmail = row.get("email");
                case "coordinator" -> coordinatorEmail = coordinatorEmail == null ? row.get("email") : coordinatorEmail;
                default ->
                    memberEmail =
                            memberEmail == null && !row.get("organisations").isBlank() ? row.get("email") : memberEmail;
            }
            for (String entry : row.get("organisations").split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split(":");
                if ("owner".equals(parts[1])) {
                    owners.put(parts[0], id);
                }
            }
        }
        for (CSVRecord row : read("demo/organisations.csv")) {
            String number = OrganisationNumber.parse(row.get("org_number"))
                    .orElseThrow(() -> new IllegalStateException("Bad demo number " + row.get("org_number")))
                    .value();
            OrganisationProfile profile = new OrganisationProfile(
                    row.get("name"),
                    number,
                    row.get("sector"),
                    row.get("size"),
                    row.get("municipality_code"),
                    row.get("website"),
                    row.get("description"),
                    Arrays.asList(row.get("challenges").split(";")));
            Long owner = owners.get(row.get("key"));
            organisationIds.put(row.get("key"), organisations.create(profile, owner));
        }
        for (CSVRecord row : peopleRows) {
            for (String entry : row.get("organisations").split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] parts = entry.split(":");
                organisations.addMember(
                        organisationIds.get(parts[0]),
                        personIds.get(row.get("key")),
                        "owner".equals(parts[1]) ? MembershipRole.OWNER : MembershipRole.MEMBER);
            }
        }
        Path kept = dataDir.resolve(PASSWORD_FILE);
        String signIn = """
                Every demo person signs in with the password: %s
                  administrator: %s
                  coordinator:   %s
                  member:        %s
                """.formatted(password, adminEmail, coordinatorEmail, memberEmail);
        keepForTheOwner(kept, signIn);
        log.info(
                """

                ============================================================
                 Demo county loaded: {} organisations, {} people.
                 {}
                 The same is kept in {}, readable by you only.
                 Delete the data folder to start over.
                ============================================================""",
                organisationIds.size(),
                personIds.size(),
                signIn.strip().replace("\n", "\n "),
                kept.toAbsolutePath().normalize());
    }

    /** Writes the sign-in details where only the account running the platform can read them. */
    private static void keepForTheOwner(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static List<CSVRecord> read(String path) throws IOException {
        return CsvResources.read(path);
    }
}
