package coop.agora.accounts;

import coop.agora.platform.LanguageChosen;
import coop.agora.platform.Mailer;
import coop.agora.accounts.Tokens.Purpose;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with their accounts. Whether an address has an account is never told to someone
 * who does not control that address: such answers go by mail to the address.
 */
@Service
@Transactional
class AccountService {

    private final Accounts accounts;
    private final Tokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final List<PersonalData> personalData;
    private final Mailer mailer;

    AccountService(
            Accounts accounts,
            Tokens tokens,
            AccountMails mails,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<?> sessions,
            List<PersonalData> personalData,
            Mailer mailer) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwords = passwords;
        this.events = events;
        this.sessions = sessions;
        this.personalData = personalData;
        this.mailer = mailer;
    }

    /** Result of following a link from a mail. */
    enum LinkOutcome {
        DONE,
        EXPIRED,
        USED,
        UNKNOWN,
        ADDRESS_TAKEN
    }

    /** The password is hashed even for a known address, so the answer takes as long either way. */
    void register(String email, String password, String displayName, Locale language, @Nullable Long homeOfficeId) {
        var address = EmailAddress.normalize(email);
        var passwordHash = passwords.encode(password);
        var existing = accounts.findByEmail(address);
        if (existing.isPresent()) {
            var account = existing.get();
            if (account.status() == AccountStatus.PENDING) {
                sendConfirmation(account);
            } else {
                mails.alreadyRegistered(address, account.displayName(), account.language());
            }
            return;
        }
        var account = accounts.save(new Account(address, passwordHash, displayName.strip(), language, homeOfficeId));
        sendConfirmation(account);
    }

    void resendConfirmation(String email) {
        accounts.findByEmail(EmailAddress.normalize(email))
                .filter(account -> account.status() == AccountStatus.PENDING)
                .ifPresent(this::sendConfirmation);
    }

    private void sendConfirmation(Account account) {
        tokens.revoke(account.id(), Purpose.VERIFY_EMAIL);
        var token = tokens.issue(account.id(), Purpose.VERIFY_EMAIL, null);
        mails.confirmAddress(String.valueOf(account.email()), account.displayName(), account.language(), token);
    }

    LinkOutcome confirmAddress(String token) {
        var check = tokens.use(token, Purpose.VERIFY_EMAIL);
        if (check instanceof Tokens.Valid valid) {
            var account = accounts.findById(valid.accountId()).orElseThrow();
            var wasPending = account.status() == AccountStatus.PENDING;
            account.confirmAddress();
            if (wasPending) {
                events.publishEvent(new MemberRegistered(account.id()));
            }
            return LinkOutcome.DONE;
        }
        return outcomeOf(check);
    }

    void requestPasswordReset(String email) {
        accounts.findByEmail(EmailAddress.normalize(email))
                .filter(account -> account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.PENDING)
                .ifPresent(account -> {
                    tokens.revoke(account.id(), Purpose.RESET_PASSWORD);
                    var token = tokens.issue(account.id(), Purpose.RESET_PASSWORD, null);
                    mails.resetPassword(String.valueOf(account.email()), account.displayName(), account.language(), token);
                });
    }

    @Transactional(readOnly = true)
    LinkOutcome checkResetLink(String token) {
        return outcomeOf(tokens.peek(token, Purpose.RESET_PASSWORD));
    }

    /** Sets a new password through a reset link; it also proves the address, and signs out every session. */
    LinkOutcome resetPassword(String token, String newPassword) {
        var check = tokens.use(token, Purpose.RESET_PASSWORD);
        if (check instanceof Tokens.Valid valid) {
            var account = accounts.findById(valid.accountId()).orElseThrow();
            account.changePassword(passwords.encode(newPassword));
            account.confirmAddress();
            signOutEverywhere(account);
            mails.passwordChanged(String.valueOf(account.email()), account.displayName(), account.language());
            return LinkOutcome.DONE;
        }
        return outcomeOf(check);
    }

    @Transactional(readOnly = true)
    @Nullable String personalWordsOfResetLink(String token) {
        return tokens.peek(token, Purpose.RESET_PASSWORD) instanceof Tokens.Valid valid
                ? accounts.findById(valid.accountId()).map(Account::displayName).orElse(null)
                : null;
    }

    @Transactional(readOnly = true)
    Account get(long accountId) {
        return accounts.findById(accountId).orElseThrow();
    }

    boolean passwordMatches(long accountId, String password) {
        var hash = get(accountId).passwordHash();
        return hash != null && password != null && passwords.matches(password, hash);
    }

    void describe(long accountId, String displayName, Locale language, @Nullable Long homeOfficeId) {
        get(accountId).describe(displayName.strip(), language, homeOfficeId);
    }

    void changePassword(long accountId, String newPassword) {
        var account = get(accountId);
        account.changePassword(passwords.encode(newPassword));
        mails.passwordChanged(String.valueOf(account.email()), account.displayName(), account.language());
    }

    void requestEmailChange(long accountId, String newEmail) {
        var account = get(accountId);
        var address = EmailAddress.normalize(newEmail);
        if (accounts.existsByEmail(address)) {
            mails.addressTaken(address, account.language());
            return;
        }
        tokens.revoke(account.id(), Purpose.CHANGE_EMAIL);
        var token = tokens.issue(account.id(), Purpose.CHANGE_EMAIL, address);
        mails.confirmNewAddress(address, account.displayName(), account.language(), token);
    }

    LinkOutcome confirmEmailChange(String token) {
        var check = tokens.use(token, Purpose.CHANGE_EMAIL);
        if (check instanceof Tokens.Valid valid && valid.newEmail() != null) {
            if (accounts.existsByEmail(valid.newEmail())) {
                return LinkOutcome.ADDRESS_TAKEN;
            }
            var account = accounts.findById(valid.accountId()).orElseThrow();
            if (account.status() == AccountStatus.ERASED) {
                return LinkOutcome.UNKNOWN;
            }
            signOutEverywhere(account);
            account.changeEmail(valid.newEmail());
            return LinkOutcome.DONE;
        }
        return outcomeOf(check);
    }

    @EventListener
    void remember(LanguageChosen choice) {
        accounts.findById(choice.viewerId()).ifPresent(account -> account.speak(choice.language()));
    }

    /** Everything Agora holds about the person, module by module. */
    @Transactional(readOnly = true)
    Map<String, Object> export(long accountId) {
        var account = get(accountId);
        var archive = new LinkedHashMap<String, Object>();
        var own = new LinkedHashMap<String, Object>();
        own.put("id", account.id());
        own.put("email", account.email());
        own.put("displayName", account.displayName());
        own.put("language", account.language().getLanguage());
        own.put("homeOfficeId", account.homeOfficeId());
        own.put("status", account.status().name());
        own.put("createdAt", account.createdAt().toString());
        own.put("roles", account.roles());
        own.put("poles", account.poles());
        own.put("offices", account.offices());
        archive.put("account", own);
        if (account.email() != null) {
            archive.put("mail", mailer.sentTo(account.email()));
        }
        for (var module : personalData) {
            archive.put(module.section(), module.export(accountId));
        }
        return archive;
    }

    /** Erases the person from every module, then from the account, and ends all their sessions. */
    void erase(long accountId) {
        var account = get(accountId);
        for (var module : personalData) {
            module.erase(accountId);
        }
        if (account.email() != null) {
            mailer.forget(account.email());
        }
        signOutEverywhere(account);
        tokens.revoke(accountId, Purpose.VERIFY_EMAIL);
        tokens.revoke(accountId, Purpose.RESET_PASSWORD);
        tokens.revoke(accountId, Purpose.CHANGE_EMAIL);
        account.erase();
        events.publishEvent(new MemberErased(accountId));
    }

    void assign(long accountId, Set<Role> roles, Set<Pole> poles, Set<Long> offices, boolean enabled) {
        var account = get(accountId);
        account.assign(roles, poles, offices);
        account.enable(enabled);
        signOutEverywhere(account);
    }

    private void signOutEverywhere(Account account) {
        if (account.email() != null) {
            sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
        }
    }

    private static LinkOutcome outcomeOf(Tokens.Check check) {
        if (check instanceof Tokens.Valid) {
            return LinkOutcome.DONE;
        }
        if (check instanceof Tokens.Expired) {
            return LinkOutcome.EXPIRED;
        }
        return check instanceof Tokens.Used ? LinkOutcome.USED : LinkOutcome.UNKNOWN;
    }
}
