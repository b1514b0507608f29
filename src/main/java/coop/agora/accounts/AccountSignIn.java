package coop.agora.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind the address typed on the sign-in form. */
@Service
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;

    AccountSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(EmailAddress.normalize(email))
                .filter(account -> account.passwordHash() != null)
                .map(SignedInMember::new)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
