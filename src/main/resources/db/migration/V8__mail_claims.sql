-- A sender claims a mail before it talks to the SMTP server, so that the sender right after the commit and
-- the retry job (on this node or another) never send the same mail twice.
alter table notifications_mail add column claimed_until timestamp with time zone;
