package org.kompanjoner.taxonomy.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final long KEPT_FOR_NANOS = 30_000_000_000L;

    private record Terms(Map<TermKind, List<Term>> byKind, Map<String, Term> byCode, long readAt) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private volatile Terms terms;

    JdbcTaxonomy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<Term> selectable(TermKind kind) {
        return terms().byKind().getOrDefault(kind, List.of()).stream()
                .filter(term -> !term.hidden())
                .toList();
    }

    @Override
    public List<Term> all(TermKind kind) {
        return terms().byKind().getOrDefault(kind, List.of());
    }

    @Override
    public Optional<Term> find(TermKind kind, String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        return Optional.ofNullable(terms().byCode().get(kind.name() + ":" + code));
    }

    /**
     * Every page reads the taxonomy (its labels, its choices, its checks), and it changes only when an
     * administrator renames or hides an entry: it is read from the database once and kept, read again
     * at once after a change here, and within half a minute after a change made on another node.
     */
    private Terms terms() {
        Terms known = terms;
        if (known == null || known.readAt() + KEPT_FOR_NANOS < System.nanoTime()) {
            known = readTerms();
        }
        return known;
    }

    /** Reads the taxonomy again, after entries were added at start-up. */
    void reread() {
        readTerms();
    }

    private Terms readTerms() {
        List<Term> all = jdbc.sql("select * from taxonomy_term order by kind, position, code")
                .query(TERM)
                .list();
        Map<TermKind, List<Term>> byKind = new EnumMap<>(TermKind.class);
        Map<String, Term> byCode = new HashMap<>();
        for (Term term : all) {
            byKind.computeIfAbsent(term.kind(), kind -> new ArrayList<>()).add(term);
            byCode.put(term.kind().name() + ":" + term.code(), term);
        }
        byKind.replaceAll((kind, terms) -> List.copyOf(terms));
        Terms read = new Terms(byKind, byCode, System.nanoTime());
        terms = read;
        return read;
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
        readTerms();
        Term term = find(kind, code).orElseThrow();
        events.publishEvent(new TermRenamed(kind, code, term.nameSv(), term.nameEn(), term.hidden()));
    }
}
