-- A mail may carry one text file (an event's iCalendar file), kept with it in the outbox so that a retry
-- sends the same file.
alter table notifications_mail add column attachment_name varchar(100);
alter table notifications_mail add column attachment_type varchar(100);
alter table notifications_mail add column attachment varchar(100000);
