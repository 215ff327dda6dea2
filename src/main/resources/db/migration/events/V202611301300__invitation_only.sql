-- An event only for those invited (the sessions of a programme, a board meeting): not in the calendar,
-- its feeds or the sitemap, no registration of one's own; its page is seen by its organisers and those
-- with a place. The calendar's index gains the flag so that the calendar still reads only what it shows.
alter table events_event add column invitation_only boolean not null default false;
drop index events_event_calendar_ix;
create index events_event_calendar_ix on events_event
    (state, invitation_only, starts_at, ends_at, id, type, municipality, language);
