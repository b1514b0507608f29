package coop.agora.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

class SessionReadsTests {

    final GenericConversionService conversions = SessionReads.attributeConversions(getClass().getClassLoader());

    private byte[] stored(Object attribute) {
        return conversions.convert(attribute, byte[].class);
    }

    private Object readBack(byte[] bytes) {
        return conversions.convert(bytes.clone(), Object.class);
    }

    private static SecurityContext signedIn(String name) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }

    @Test
    void theSameStoredSignInIsReadOnceAndEachRequestGetsAContextOfItsOwn() {
        var bytes = stored(signedIn("member@agora.example"));

        var first = (SecurityContext) readBack(bytes);
        var second = (SecurityContext) readBack(bytes);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("member@agora.example");
    }

    @Test
    void signingOutInOneRequestLeavesTheOtherRequestsSignedIn() {
        var bytes = stored(signedIn("member@agora.example"));
        var signingOut = (SecurityContext) readBack(bytes);
        readBack(bytes);

        signingOut.setAuthentication(null);

        assertThat(((SecurityContext) readBack(bytes)).getAuthentication()).isNotNull();
    }

    @Test
    void anotherSignInIsReadAsItself() {
        readBack(stored(signedIn("member@agora.example")));

        var other = (SecurityContext) readBack(stored(signedIn("advisor@agora.example")));

        assertThat(other.getAuthentication().getName()).isEqualTo("advisor@agora.example");
    }

    @Test
    void otherAttributesAreReadAfreshBecauseTheirOwnersChangeThemInPlace() {
        var bytes = stored(new ArrayList<>(List.of("notice")));

        var first = readBack(bytes);

        assertThat(readBack(bytes)).isEqualTo(first).isNotSameAs(first);
    }
}
