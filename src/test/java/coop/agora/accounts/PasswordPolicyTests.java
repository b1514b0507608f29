package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsAFewUnrelatedWords() {
        assertThat(policy.problem("violet tortue parapluie 42")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.problem("Xy7#kq")).contains("accounts.error.passwordShort");
    }

    @Test
    void refusesCommonPasswordsEvenWhenLongEnough() {
        assertThat(policy.problem("password123")).contains("accounts.error.passwordWeak");
        assertThat(policy.problem("azertyuiop")).contains("accounts.error.passwordWeak");
    }

    @Test
    void refusesAPasswordMadeOfThePersonsOwnName() {
        assertThat(policy.problem("camillelambert", "Camille Lambert", "camille.lambert@example.org"))
                .contains("accounts.error.passwordWeak");
    }

    @Test
    void refusesPasswordsLongerThanBcryptReads() {
        assertThat(policy.problem("é".repeat(40))).contains("accounts.error.passwordLong");
    }
}
