package coop.agora.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTests {

    @Test
    void normalizesCaseAndSpaces() {
        assertThat(EmailAddress.normalize("  Camille.Lambert@Example.ORG ")).isEqualTo("camille.lambert@example.org");
    }

    @Test
    void acceptsOrdinaryAddresses() {
        assertThat(EmailAddress.isValid("jan.de-vos+agora@gent.example.be")).isTrue();
    }

    @Test
    void refusesMalformedAddresses() {
        assertThat(EmailAddress.isValid("camille")).isFalse();
        assertThat(EmailAddress.isValid("camille@localhost")).isFalse();
        assertThat(EmailAddress.isValid("a b@example.org")).isFalse();
        assertThat(EmailAddress.isValid("<script>@example.org")).isFalse();
        assertThat(EmailAddress.isValid("x".repeat(250) + "@example.org")).isFalse();
    }
}
