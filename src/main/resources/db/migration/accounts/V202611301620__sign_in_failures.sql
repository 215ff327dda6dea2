-- Failed sign-ins per account and client address (the pair as a hash), shared by every node when
-- kompanjoner.rate-limits=database; forgotten a day after the last failure. Empty while kept in memory.
create table accounts_sign_in_failure (
    pair_hash       varchar(64)              not null primary key,
    failures        int                      not null,
    last_failure_at timestamp with time zone not null
);
create index accounts_sign_in_failure_last_ix on accounts_sign_in_failure (last_failure_at);
