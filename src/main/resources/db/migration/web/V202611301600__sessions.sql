-- Server sessions in the database, for several nodes on one database (kompanjoner.sessions=jdbc): the
-- tables of Spring Session JDBC under the web module's prefix, in SQL that H2 and PostgreSQL both run.
-- Unused (and empty) while sessions stay in the servlet container, the default.
create table web_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint web_session_pk primary key (primary_id)
);
create unique index web_session_ix1 on web_session (session_id);
create index web_session_ix2 on web_session (expiry_time);
create index web_session_ix3 on web_session (principal_name);

create table web_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint web_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint web_session_attributes_fk foreign key (session_primary_id)
        references web_session (primary_id) on delete cascade
);
