package org.kompanjoner.accounts.web;

import java.util.List;
import java.util.function.Consumer;
import org.kompanjoner.accounts.AccountRoutes;
import org.kompanjoner.accounts.internal.JdbcOrganisations;
import org.kompanjoner.web.ListedInSitemap;
import org.springframework.stereotype.Component;

/** The organisation directory and every organisation's page; sign-in, account and staff pages kept out. */
@Component
class OrganisationsInSitemap extends ListedInSitemap {

    private final JdbcOrganisations organisations;

    OrganisationsInSitemap(JdbcOrganisations organisations) {
        super(AccountRoutes.ORGANISATIONS);
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
    protected long entries() {
        return organisations.count();
    }

    @Override
    protected void writeEntries(long from, int limit, Consumer<Entry> entries) {
        organisations.eachPublic(
                from, limit, (slug, changed) -> entries.accept(new Entry(AccountRoutes.organisation(slug), changed)));
    }
}
