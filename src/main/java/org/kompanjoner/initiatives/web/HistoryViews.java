package org.kompanjoner.initiatives.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kompanjoner.accounts.People;
import org.kompanjoner.accounts.PersonSummary;
import org.kompanjoner.initiatives.internal.History;
import org.kompanjoner.shared.Settings;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.TermKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An entry's {@link History} for its page, in the reader's language, with what this reader may see. */
@Component
class HistoryViews {

    /** A longer value (a description) is shown up to here; the page itself has the whole current text. */
    static final int SHOWN = 240;

    private static final Set<String> PRIVATE_FIELDS = Set.of("contactPerson", "contactEmail", "owner");
    private static final Set<History.Action> BY_OWNERS =
            Set.of(History.Action.SUGGESTED, History.Action.EDITED, History.Action.RESUBMITTED);

    private final History history;
    private final People people;
    private final Taxonomy taxonomy;
    private final MessageSource messages;
    private final Settings settings;

    HistoryViews(History history, People people, Taxonomy taxonomy, MessageSource messages, Settings settings) {
        this.history = history;
        this.people = people;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.settings = settings;
    }

    /** The history, newest first; {@code insider} for the entry's owners and staff. */
    HistoryView of(long initiativeId, boolean insider, Locale locale) {
        List<History.Entry> entries = history.of(initiativeId);
        Map<Long, String> names = new HashMap<>();
        if (insider) {
            entries.stream()
                    .flatMap(entry -> java.util.stream.Stream.concat(
                            java.util.stream.Stream.ofNullable(entry.actorId()),
                            entry.changes().stream()
                                    .filter(change -> PRIVATE_FIELDS.contains(change.field()))
                                    .flatMap(change -> java.util.stream.Stream.of(change.before(), change.after()))
                                    .filter(value -> value.matches("\\d{1,18}"))
                                    .map(Long::valueOf)))
                    .distinct()
                    .forEach(id ->
                            people.find(id).map(PersonSummary::displayName).ifPresent(name -> names.put(id, name)));
        }
        List<HistoryView.Line> lines = entries.stream()
                .sorted(java.util.Comparator.comparing(History.Entry::at)
                        .thenComparing(History.Entry::id)
                        .reversed())
                .map(entry -> new HistoryView.Line(
                        entry.at().atZone(settings.zone()).toLocalDate(),
                        who(entry, insider, names, locale),
                        "initiatives.history.action." + entry.action().name(),
                        created(entry)
                                ? List.of()
                                : entry.changes().stream()
                                        .map(change -> change(entry.action(), change, insider, names, locale))
                                        .toList(),
                        insider ? entry.note() : null))
                .toList();
        return new HistoryView(lines);
    }

    /** A new entry's fields are all “changed”; the page itself shows them, so the line says only what happened. */
    private static boolean created(History.Entry entry) {
        return (entry.action() == History.Action.SUGGESTED || entry.action() == History.Action.IMPORTED)
                && entry.changes().stream().allMatch(change -> change.before().isEmpty());
    }

    private String who(History.Entry entry, boolean insider, Map<Long, String> names, Locale locale) {
        if (entry.actorId() == null) {
            return messages.getMessage("initiatives.history.who.platform", null, locale);
        }
        if (insider && names.containsKey(entry.actorId())) {
            return names.get(entry.actorId());
        }
        return messages.getMessage(
                BY_OWNERS.contains(entry.action())
                        ? "initiatives.history.who.owner"
                        : "initiatives.history.who.coordinator",
                null,
                locale);
    }

    private HistoryView.Change change(
            History.Action action,
            History.FieldChange change,
            boolean insider,
            Map<Long, String> names,
            Locale locale) {
        String fieldKey = "initiatives.field." + change.field();
        if (PRIVATE_FIELDS.contains(change.field()) && !insider) {
            return new HistoryView.Change(fieldKey, "", "", true);
        }
        return new HistoryView.Change(
                fieldKey,
                shown(change.field(), change.before(), names, locale),
                shown(change.field(), change.after(), names, locale),
                false);
    }

    /** A stored value as a reader understands it: names for codes and people, long texts shortened. */
    private String shown(String field, String value, Map<Long, String> names, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "stage" -> messages.getMessage("initiatives.stage." + value, null, value, locale);
            case "challenges" -> labels(TermKind.CHALLENGE, value, locale);
            case "sectors" -> labels(TermKind.SECTOR, value, locale);
            case "municipality" -> taxonomy.label(TermKind.MUNICIPALITY, value, locale);
            case "language" -> messages.getMessage("web.language." + value, null, value, locale);
            case "contactPerson", "owner" ->
                value.matches("\\d{1,18}")
                        ? names.getOrDefault(
                                Long.valueOf(value), messages.getMessage("initiatives.history.someone", null, locale))
                        : value;
            default -> value.length() > SHOWN ? value.substring(0, SHOWN) + "…" : value;
        };
    }

    private String labels(TermKind kind, String codes, Locale locale) {
        return java.util.Arrays.stream(codes.split(";"))
                .map(code -> kind == TermKind.CHALLENGE
                        ? code + ". " + taxonomy.label(kind, code, locale)
                        : taxonomy.label(kind, code, locale))
                .collect(Collectors.joining(", "));
    }
}
