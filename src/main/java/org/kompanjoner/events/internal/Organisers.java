package org.kompanjoner.events.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who arranges an event besides the coordinator who created it: other staff, who then see and manage its
 * participants like the creator, and organisations, named on its page (they see no participant).
 */
@Repository
public class Organisers {

    private final JdbcClient jdbc;

    Organisers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> people(long eventId) {
        return jdbc.sql("select person_id from events_organiser where event_id = ? order by person_id")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    public void addPerson(long eventId, long personId) {
        jdbc.sql("""
                insert into events_organiser (event_id, person_id) select ?, ? where not exists
                  (select 1 from events_organiser where event_id = ? and person_id = ?)
                """).params(eventId, personId, eventId, personId).update();
    }

    public void removePerson(long eventId, long personId) {
        jdbc.sql("delete from events_organiser where event_id = ? and person_id = ?")
                .params(eventId, personId)
                .update();
    }

    public List<Long> organisations(long eventId) {
        return jdbc.sql("select organisation_id from events_organisation where event_id = ? order by organisation_id")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    public void addOrganisation(long eventId, long organisationId) {
        jdbc.sql("""
                insert into events_organisation (event_id, organisation_id) select ?, ? where not exists
                  (select 1 from events_organisation where event_id = ? and organisation_id = ?)
                """).params(eventId, organisationId, eventId, organisationId).update();
    }

    public void removeOrganisation(long eventId, long organisationId) {
        jdbc.sql("delete from events_organisation where event_id = ? and organisation_id = ?")
                .params(eventId, organisationId)
                .update();
    }
}
