package coop.agora.accounts;

import coop.agora.platform.SearchAnalyzers;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** A person's account. The e-mail address is stored lowercased and compared without case. */
@Entity
@Table(schema = "accounts", name = "account")
@Indexed(index = "accounts")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @FullTextField(analyzer = SearchAnalyzers.NAME)
    @FullTextField(name = "emailPrefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.NAME)
    private @Nullable String email;

    private @Nullable String passwordHash;

    @FullTextField(analyzer = SearchAnalyzers.NAME)
    @FullTextField(name = "displayNamePrefix", analyzer = SearchAnalyzers.PREFIX, searchAnalyzer = SearchAnalyzers.NAME)
    @KeywordField(name = "displayNameSort", normalizer = SearchAnalyzers.FOLDED_KEYWORD, sortable = Sortable.YES)
    private String displayName;

    private String language;

    private @Nullable Long homeOfficeId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private AccountStatus status;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    private @Nullable Instant verifiedAt;

    private @Nullable Instant erasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "accounts", name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "accounts", name = "advisor_pole", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "pole")
    @Enumerated(EnumType.STRING)
    private Set<Pole> poles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "accounts", name = "advisor_office", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "office_id")
    private Set<Long> offices = new HashSet<>();

    @Version
    private long version;

    protected Account() {
        this.displayName = "";
        this.language = "fr";
        this.status = AccountStatus.PENDING;
        this.createdAt = Instant.now();
    }

    Account(String email, String passwordHash, String displayName, Locale language, @Nullable Long homeOfficeId) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language.getLanguage();
        this.homeOfficeId = homeOfficeId;
        this.status = AccountStatus.PENDING;
        this.createdAt = Instant.now();
        this.roles.add(Role.MEMBER);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The account is not saved yet");
        }
        return id;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Locale language() {
        return Locale.forLanguageTag(language);
    }

    @Nullable Long homeOfficeId() {
        return homeOfficeId;
    }

    AccountStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<Pole> poles() {
        return poles.isEmpty() ? EnumSet.noneOf(Pole.class) : EnumSet.copyOf(poles);
    }

    Set<Long> offices() {
        return Set.copyOf(offices);
    }

    boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    void confirmAddress() {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            verifiedAt = Instant.now();
        }
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void describe(String displayName, Locale language, @Nullable Long homeOfficeId) {
        this.displayName = displayName;
        this.language = language.getLanguage();
        this.homeOfficeId = homeOfficeId;
    }

    void speak(Locale language) {
        this.language = language.getLanguage();
    }

    void assign(Set<Role> roles, Set<Pole> poles, Set<Long> offices) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.poles.clear();
        this.offices.clear();
        if (roles.contains(Role.ADVISOR)) {
            this.poles.addAll(poles);
            this.offices.addAll(offices);
        }
    }

    void enable(boolean enabled) {
        if (status == AccountStatus.ERASED || status == AccountStatus.PENDING) {
            return;
        }
        status = enabled ? AccountStatus.ACTIVE : AccountStatus.DISABLED;
    }

    /** Keeps the row so that content stays attributed, but forgets everything about the person. */
    void erase() {
        email = null;
        passwordHash = null;
        displayName = "";
        homeOfficeId = null;
        roles.clear();
        poles.clear();
        offices.clear();
        status = AccountStatus.ERASED;
        erasedAt = Instant.now();
    }
}
