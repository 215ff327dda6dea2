package org.kompanjoner.initiatives.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kompanjoner.web.CsvCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's CSV import, in two steps: the file is checked and kept, and a dry run shows row by row
 * what would be created or updated, and every problem with its row and column; once confirmed, the file
 * kept is checked again and imported in one transaction, all rows or none, each change in the entry's
 * history. A row whose id names an entry of this platform updates it; any other row creates an entry
 * (so that an export imported into an empty platform gives its entries back).
 */
@Service
public class CsvImport {

    /** The largest file taken (about two thousand entries); a larger inventory is imported in parts. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static final int MAX_ROWS = 5000;

    /** What a row would do. */
    public enum Action {
        CREATE,
        UPDATE,
        UNCHANGED
    }

    /** A problem in the file: where (row as a spreadsheet counts it, the header being row 1; column), and what. */
    public record Problem(int row, String column, String messageKey, Object... arguments) {}

    public record Row(int row, Action action, Long id, String name, List<History.FieldChange> changes) {}

    /** The dry run: what each row would do, and the problems (nothing is imported while there are any). */
    public record Plan(long uploadId, String fileName, List<Row> rows, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && !rows.isEmpty();
        }

        public long count(Action action) {
            return rows.stream().filter(row -> row.action() == action).count();
        }
    }

    /** The file is not a CSV text we can read; the message key says why. */
    public static class Unreadable extends RuntimeException {

        private final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private record Parsed(int row, Initiative existing, Checked checked) {}

    private record Checked(InitiativeContent content, LocalDate verifiedOn) {}

    private final JdbcClient jdbc;
    private final JdbcInitiatives initiatives;
    private final ContentRules rules;
    private final OpenData openData;
    private final Inventory inventory;
    private final Clock clock;

    CsvImport(
            JdbcClient jdbc,
            JdbcInitiatives initiatives,
            ContentRules rules,
            OpenData openData,
            Inventory inventory,
            Clock clock) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.rules = rules;
        this.openData = openData;
        this.inventory = inventory;
        this.clock = clock;
    }

    /**
     * Checks the uploaded bytes as a CSV text (UTF-8, at most {@link #MAX_BYTES}, no binary content),
     * keeps them for the confirmation, and gives the dry run.
     */
    @Transactional
    public Plan upload(byte[] bytes, String fileName, long coordinatorId) {
        String text = text(bytes);
        Plan checked = plan(0, fileName, text);
        // Files nobody confirmed within a day are not kept.
        jdbc.sql("delete from initiatives_upload where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1))))
                .update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into initiatives_upload (uploaded_by, file_name, content, created_at) values (?, ?, ?, ?)")
                .params(coordinatorId, fileName, text, Timestamp.from(clock.instant()))
                .update(key, "id");
        return new Plan(key.getKey().longValue(), fileName, checked.rows(), checked.problems());
    }

    /** The dry run of a file kept earlier by {@code coordinatorId}, checked again against the inventory now. */
    public Optional<Plan> dryRun(long uploadId, long coordinatorId) {
        return kept(uploadId, coordinatorId).map(upload -> plan(uploadId, upload.fileName(), upload.content()));
    }

    /**
     * Imports a file kept earlier, when it still has no problems: every row or none, in one transaction.
     * Gives the plan that was carried out, or the one with the problems that stopped it.
     */
    @Transactional
    public Optional<Plan> confirm(long uploadId, long coordinatorId) {
        Optional<Upload> upload = kept(uploadId, coordinatorId);
        if (upload.isEmpty()) {
            return Optional.empty();
        }
        List<Parsed> parsed = new ArrayList<>();
        Plan plan = plan(uploadId, upload.get().fileName(), upload.get().content(), parsed);
        if (!plan.ok()) {
            return Optional.of(plan);
        }
        for (Parsed row : parsed) {
            if (row.existing() == null) {
                inventory.imported(row.checked().content(), row.checked().verifiedOn(), coordinatorId);
            } else {
                inventory.importedOver(
                        row.existing(), row.checked().content(), row.checked().verifiedOn(), coordinatorId);
            }
        }
        jdbc.sql("delete from initiatives_upload where id = ?").param(uploadId).update();
        return Optional.of(plan);
    }

    private record Upload(String fileName, String content) {}

    private Optional<Upload> kept(long uploadId, long coordinatorId) {
        return jdbc.sql("select file_name, content from initiatives_upload where id = ? and uploaded_by = ?")
                .params(uploadId, coordinatorId)
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getString("content")))
                .optional();
    }

    /** The bytes as text, when they are UTF-8 text of a reasonable size with no binary content. */
    static String text(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Unreadable("initiatives.import.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("initiatives.import.file.too-large");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Unreadable("initiatives.import.file.not-text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Control characters other than line breaks and tabs mean a binary file (a spreadsheet, an image).
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            throw new Unreadable("initiatives.import.file.not-text");
        }
        return text;
    }

    private Plan plan(long uploadId, String fileName, String text) {
        return plan(uploadId, fileName, text, new ArrayList<>());
    }

    private Plan plan(long uploadId, String fileName, String text, List<Parsed> parsed) {
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get()
                .parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException broken) {
            // Commons CSV reports an unclosed quote or a repeated column name this way.
            throw new Unreadable("initiatives.import.file.not-csv");
        }
        for (String column : OpenData.unknownColumns(header)) {
            problems.add(new Problem(1, column, "initiatives.import.column.unknown"));
        }
        for (String column : OpenData.REQUIRED) {
            if (!header.contains(column)) {
                problems.add(new Problem(1, column, "initiatives.import.column.missing"));
            }
        }
        if (records.size() > MAX_ROWS) {
            problems.add(new Problem(MAX_ROWS + 2, "", "initiatives.import.too-many-rows", MAX_ROWS));
        }
        if (!problems.isEmpty()) {
            return new Plan(uploadId, fileName, List.of(), List.copyOf(problems));
        }
        Set<Long> updated = new HashSet<>();
        for (CSVRecord record : records) {
            int row = (int) record.getRecordNumber() + 1;
            if (!record.isConsistent()) {
                problems.add(new Problem(row, "", "initiatives.import.row.columns", header.size(), record.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>(record.toMap());
            Initiative existing = existing(values, row, updated, problems);
            Map<String, String> raw = new HashMap<>();
            if (existing != null) {
                // A column left out of the file keeps the entry's value.
                existing.content().fields().forEach(raw::put);
            }
            values.forEach((column, value) -> {
                String field = OpenData.field(column);
                if (field != null) {
                    raw.put(field, CsvCells.restored(value));
                }
            });
            ContentRules.Checked checked = rules.check(
                    raw,
                    existing == null ? null : existing.content(),
                    existing == null ? null : existing.content().contactPersonId());
            for (ContentRules.Problem problem : checked.problems()) {
                problems.add(
                        new Problem(row, OpenData.column(problem.field()), problem.messageKey(), problem.arguments()));
            }
            LocalDate verifiedOn = verifiedOn(values.get("last_verified"), row, problems);
            if (!checked.ok()) {
                continue;
            }
            if (verifiedOn == null && existing != null) {
                verifiedOn = existing.verifiedOn();
            }
            Checked content = new Checked(checked.content(), verifiedOn);
            parsed.add(new Parsed(row, existing, content));
            if (existing == null) {
                rows.add(new Row(
                        row, Action.CREATE, null, content.content().name(), History.changes(null, content.content())));
            } else {
                List<History.FieldChange> changes =
                        new ArrayList<>(History.changes(existing.content(), content.content()));
                if (verifiedOn != null && !verifiedOn.equals(existing.verifiedOn())) {
                    changes.add(new History.FieldChange(
                            "lastVerified",
                            existing.verifiedOn() == null
                                    ? ""
                                    : existing.verifiedOn().toString(),
                            verifiedOn.toString()));
                }
                rows.add(new Row(
                        row,
                        changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                        existing.id(),
                        content.content().name(),
                        changes));
            }
        }
        if (records.isEmpty()) {
            problems.add(new Problem(2, "", "initiatives.import.no-rows"));
        }
        return new Plan(uploadId, fileName, List.copyOf(rows), List.copyOf(problems));
    }

    /**
     * The entry a row updates: the one its id names, when the row comes from this platform (its url is
     * ours, or not given). An id of another platform's, or of an entry no longer here, creates an entry.
     */
    private Initiative existing(Map<String, String> values, int row, Set<Long> updated, List<Problem> problems) {
        String id = values.getOrDefault("id", "").strip();
        if (id.isEmpty()) {
            return null;
        }
        if (!id.matches("\\d{1,18}")) {
            problems.add(new Problem(row, "id", "initiatives.import.id.invalid"));
            return null;
        }
        String url = values.getOrDefault("url", "").strip();
        if (!url.isEmpty() && !url.equals(openData.url(Long.parseLong(id)))) {
            return null;
        }
        Initiative existing = initiatives.byId(Long.parseLong(id)).orElse(null);
        if (existing != null && !updated.add(existing.id())) {
            problems.add(new Problem(row, "id", "initiatives.import.id.repeated"));
            return null;
        }
        return existing;
    }

    private LocalDate verifiedOn(String value, int row, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                problems.add(new Problem(row, "last_verified", "initiatives.import.last-verified.future"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(row, "last_verified", "initiatives.import.last-verified.invalid"));
            return null;
        }
    }
}
