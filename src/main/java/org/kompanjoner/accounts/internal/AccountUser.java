package org.kompanjoner.accounts.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.kompanjoner.web.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security holds them in the session. */
public final class AccountUser implements UserDetails, CredentialsContainer, SignedInPerson {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String email;
    private final String displayName;
    private String passwordHash;
    private final boolean verified;
    private final List<String> authorities;
    private final int sessionEpoch;

    AccountUser(Person person) {
        this.personId = person.id();
        this.email = person.email();
        this.displayName = person.displayName();
        this.passwordHash = person.passwordHash();
        this.verified = person.verified();
        this.authorities =
                person.roles().stream().map(role -> role.authority()).sorted().toList();
        this.sessionEpoch = person.sessionEpoch();
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    /** Same person with the same name, address and roles, so the session needs no refresh. */
    boolean sameAs(AccountUser other) {
        return personId == other.personId
                && email.equals(other.email)
                && displayName.equals(other.displayName)
                && authorities.equals(other.authorities)
                && verified == other.verified;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities.stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
