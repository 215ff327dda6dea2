-- Mail that carries what one member wrote to another: the outbox shows staff only its recipient and subject.
alter table notifications_mail add column personal boolean not null default false;
