-- Rate limits every node counts against (kompanjoner.rate-limits=database): one row per scope and key
-- (the key as a hash), with the attempts used in the current period and when that period ends. Rows
-- whose period has ended are deleted by a scheduled job. Empty while limits are kept in memory.
create table web_rate_limit (
    scope       varchar(64)              not null,
    subject     varchar(64)              not null,
    used        bigint                   not null,
    period_ends timestamp with time zone not null,
    constraint web_rate_limit_pk primary key (scope, subject)
);
create index web_rate_limit_ends_ix on web_rate_limit (period_ends);
