-- Reminders before a listing expires, and the one-click renewal links they carry (only a hash stored).
alter table listings_listing add column reminded_on date;

create table listings_renewal (
    token_hash varchar(64) not null primary key,
    listing_id bigint      not null references listings_listing (id) on delete cascade,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
