package coop.agora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTests {

    @Test
    void acceptsTheThreeLanguagesWithOrWithoutRegion() {
        assertThat(Languages.of("nl-BE")).contains(Languages.DUTCH);
        assertThat(Languages.of("fr")).contains(Languages.FRENCH);
        assertThat(Languages.of("en_GB")).contains(Languages.ENGLISH);
    }

    @Test
    void refusesOtherLanguagesAndGarbage() {
        assertThat(Languages.of("de")).isEmpty();
        assertThat(Languages.of("")).isEmpty();
        assertThat(Languages.of("'; drop table x; --")).isEmpty();
    }
}
