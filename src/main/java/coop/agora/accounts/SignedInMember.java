package coop.agora.accounts;

import coop.agora.platform.Viewer;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session. Kept in the session store, so it holds no password hash once
 * signed in and stays small.
 */
final class SignedInMember implements Viewer, UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private @Nullable String passwordHash;
    private final String displayName;
    private final Locale language;
    private final Set<String> roles;
    private final AccountStatus status;

    SignedInMember(Account account) {
        this.id = account.id();
        this.email = String.valueOf(account.email());
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.language = account.language();
        this.roles = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        this.status = account.status();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Locale language() {
        return language;
    }

    @Override
    public Set<String> roles() {
        return roles;
    }

    AccountStatus status() {
        return status;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return status == AccountStatus.ACTIVE;
    }

    @Override
    public boolean isAccountNonLocked() {
        return status != AccountStatus.DISABLED;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

}
