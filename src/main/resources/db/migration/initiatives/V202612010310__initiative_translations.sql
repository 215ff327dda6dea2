-- An initiative's name, summary and description in other languages than the one it was written in, one
-- row a language; machine is true while a machine's translation has not been read and confirmed by a person.
create table initiatives_translation (
    initiative_id bigint         not null references initiatives_initiative (id) on delete cascade,
    language      varchar(10)    not null,
    title         varchar(200)   not null,
    summary       varchar(500)   not null,
    body          varchar(20000) not null,
    machine       boolean        not null,
    updated_at    timestamp with time zone not null,
    primary key (initiative_id, language)
);
