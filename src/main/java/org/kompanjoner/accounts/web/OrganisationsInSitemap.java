package org.kompanjoner.accounts.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.web.SitemapContributor;
import org.springframework.stereotype.Component;

/** The organisation directory and every organisation's page; sign-in, account and staff pages kept out. */
@Component
class OrganisationsInSitemap implements SitemapContributor {

    private final JdbcOrganisations organisations;

    OrganisationsInSitemap(JdbcOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<String> disallowed() {
        return List.of(
                AccountRoutes.ADMIN_PEOPLE,
                AccountRoutes.MY_ACCOUNT,
                AccountRoutes.SIGN_IN,
                AccountRoutes.SIGN_UP,
                AccountRoutes.FORGOT_PASSWORD,
                AccountRoutes.RESET_PASSWORD,
                AccountRoutes.VERIFY,
                AccountRoutes.INVITATION + "/",
                AccountRoutes.NEW_ORGANISATION);
    }

    @Override
    public long count() {
        return 1 + organisations.count();
    }

    @Override
    public void write(long from, int limit, Consumer<Entry> entries) {
        if (from == 0) {
            entries.accept(new Entry(AccountRoutes.ORGANISATIONS, null));
            limit--;
        }
        organisations.eachPublic(
                Math.max(0, from - 1),
                limit,
                (slug, changed) -> entries.accept(new Entry(AccountRoutes.organisation(slug), changed)));
    }
}
