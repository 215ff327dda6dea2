-- A listing's title, summary and description in other languages than the one it was written in, one row
-- a language; machine is true while a machine's translation has not been read and confirmed by a person.
create table listings_translation (
    listing_id bigint        not null references listings_listing (id) on delete cascade,
    language   varchar(10)   not null,
    title      varchar(200)  not null,
    summary    varchar(400)  not null,
    body       varchar(20000) not null,
    machine    boolean       not null,
    updated_at timestamp     not null,
    primary key (listing_id, language)
);
