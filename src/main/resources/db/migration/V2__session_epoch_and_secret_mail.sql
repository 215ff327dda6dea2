-- A counter per person that goes up when the password changes; sessions started before that end.
alter table accounts_person add column session_epoch integer not null default 0;

-- Mail whose link lets the holder act as the recipient (verify, reset, change address): only
-- administrators may read its link in the outbox.
alter table notifications_mail add column carries_secret boolean not null default false;
