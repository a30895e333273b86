package vn.doimoi.directory.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrcidTests {

    @Test
    void acceptsIdsWithTheRightCheckCharacter() {
        assertThat(Orcid.isValid("0000-0002-1825-0097")).isTrue(); // ORCID's own example
        assertThat(Orcid.isValid("0000-0001-5109-3700")).isTrue();
        assertThat(Orcid.isValid("0000-0002-1694-233X")).isTrue();
    }

    @Test
    void rejectsAWrongCheckCharacterOrFormat() {
        assertThat(Orcid.isValid("0000-0002-1825-0098")).isFalse();
        assertThat(Orcid.isValid("0000-0002-1825-009")).isFalse();
        assertThat(Orcid.isValid("0000 0002 1825 0097")).isFalse();
    }

    @Test
    void normalisesUrlsAndBareDigits() {
        assertThat(Orcid.normalise("https://orcid.org/0000-0002-1825-0097")).isEqualTo("0000-0002-1825-0097");
        assertThat(Orcid.normalise("000000021694233x")).isEqualTo("0000-0002-1694-233X");
        assertThat(Orcid.normalise(" ")).isNull();
    }
}
