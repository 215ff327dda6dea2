package org.kompanjoner.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcPeople people;

    AccountUserDetailsService(JdbcPeople people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.byEmail(email)
                .map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
