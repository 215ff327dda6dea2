-- The calendar finds the events it shows from this index alone (when, which type, where, which language),
-- and reads the rows of only those it shows; the challenge filter goes from the challenge to its events.
create index events_event_calendar_ix on events_event (state, starts_at, ends_at, id, type, municipality, language);
drop index events_event_starts_ix;
create index events_challenge_by_challenge_ix on events_challenge (challenge, event_id);
