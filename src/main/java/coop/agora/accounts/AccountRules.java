package coop.agora.accounts;

import coop.agora.offices.Offices;
import coop.agora.platform.Languages;
import coop.agora.platform.web.FormErrors;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The checks shared by the forms that create or change an account; each adds a text key per problem. */
@Component
class AccountRules {

    static final int MAX_NAME = 100;
    static final int MAX_PASSWORD_CHARS = 64;

    private final Offices offices;
    private final PasswordPolicy passwordPolicy;

    AccountRules(Offices offices, PasswordPolicy passwordPolicy) {
        this.offices = offices;
        this.passwordPolicy = passwordPolicy;
    }

    void checkName(String name, FormErrors.Builder errors) {
        if (name.isBlank()) {
            errors.reject("displayName", "accounts.error.nameRequired");
        } else if (name.strip().length() > MAX_NAME) {
            errors.reject("displayName", "accounts.error.nameLong");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.reject("displayName", "accounts.error.nameInvalid");
        }
    }

    void checkEmail(String field, String email, FormErrors.Builder errors) {
        if (email.isBlank()) {
            errors.reject(field, "accounts.error.emailRequired");
        } else if (email.length() > EmailAddress.MAX_LENGTH) {
            errors.reject(field, "accounts.error.emailLong");
        } else if (!EmailAddress.isValid(email)) {
            errors.reject(field, "accounts.error.emailInvalid");
        }
    }

    void checkNewPassword(String field, String password, FormErrors.Builder errors, String... personalWords) {
        if (password.length() > MAX_PASSWORD_CHARS) {
            errors.reject(field, "accounts.error.passwordLong");
            return;
        }
        passwordPolicy.problem(password, personalWords).ifPresent(problem -> errors.reject(field, problem));
    }

    Locale language(String code, FormErrors.Builder errors) {
        var language = Languages.of(code);
        if (language.isEmpty()) {
            errors.reject("language", "accounts.error.languageInvalid");
        }
        return language.orElse(Languages.DEFAULT);
    }

    /** The office chosen, none when left blank; an unknown office is an error. */
    @Nullable Long office(String value, FormErrors.Builder errors) {
        if (value.isBlank()) {
            return null;
        }
        Optional<Long> id;
        try {
            id = Optional.of(Long.parseLong(value.strip())).filter(offices::exists);
        } catch (NumberFormatException e) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            errors.reject("homeOffice", "accounts.error.officeUnknown");
        }
        return id.orElse(null);
    }
}
