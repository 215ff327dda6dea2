package org.kompanjoner.taxonomy.internal;

import java.util.List;
import java.util.Optional;
import org.kompanjoner.taxonomy.Taxonomy;
import org.kompanjoner.taxonomy.Term;
import org.kompanjoner.taxonomy.TermKind;
import org.kompanjoner.taxonomy.TermRenamed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcTaxonomy implements Taxonomy {

    private static final RowMapper<Term> TERM = (rs, row) -> new Term(
            TermKind.valueOf(rs.getString("kind")),
            rs.getString("code"),
            rs.getString("parent_code"),
            rs.getString("name_sv"),
            rs.getString("name_en"),
            rs.getInt("position"),
            rs.getBoolean("hidden"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcTaxonomy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Term> selectable(TermKind kind) {
        return jdbc.sql("select * from taxonomy_term where kind = ? and hidden = false order by position, code")
                .param(kind.name())
                .query(TERM)
                .list();
    }

    @Override
    public List<Term> all(TermKind kind) {
        return jdbc.sql("select * from taxonomy_term where kind = ? order by position, code")
                .param(kind.name())
                .query(TERM)
                .list();
    }

    @Override
    public Optional<Term> find(TermKind kind, String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        return jdbc.sql("select * from taxonomy_term where kind = ? and code = ?")
                .param(kind.name())
                .param(code)
                .query(TERM)
                .optional();
    }

    @Override
    @Transactional
    public void rename(TermKind kind, String code, String nameSv, String nameEn) {
        int changed = jdbc.sql("update taxonomy_term set name_sv = ?, name_en = ? where kind = ? and code = ?")
                .params(nameSv.strip(), nameEn.strip(), kind.name(), code)
                .update();
        publishChange(kind, code, changed);
    }

    @Override
    @Transactional
    public void setHidden(TermKind kind, String code, boolean hidden) {
        int changed = jdbc.sql("update taxonomy_term set hidden = ? where kind = ? and code = ?")
                .params(hidden, kind.name(), code)
                .update();
        publishChange(kind, code, changed);
    }

    private void publishChange(TermKind kind, String code, int changed) {
        if (changed == 0) {
            throw new IllegalArgumentException("No such entry: " + kind + " " + code);
        }
        Term term = find(kind, code).orElseThrow();
        events.publishEvent(new TermRenamed(kind, code, term.nameSv(), term.nameEn(), term.hidden()));
    }
}
