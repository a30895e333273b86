package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for typed links: a single-slash site path or an http(s) address (issue 16 #10). */
class SafeLinksTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.test",
                "///evil.test",
                "/\\evil.test",
                "\\\\evil.test",
                "javascript:alert(1)",
                " javascript:alert(1)",
                "java\tscript:alert(1)",
                "vbscript:x",
                "data:text/html,<script>",
                "/tin\u0000tuc",
                "/tin\rtuc",
                "/tin\ntuc",
                "/tin tuc",
                "https://",
                "https:///evil.test",
                "https:evil.test",
                "http://user:pw@evil.test",
                "ftp://example.vn",
                "evil.test",
                ""
            })
    void aLinkToAnotherHostAScriptOrWithHiddenCharactersIsUnsafe(String link) {
        assertThat(SafeLinks.isSafe(link)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/tin-tuc", "/news/bai-viet?page=2#top", "https://example.vn/x", "HTTP://example.vn:8080/a"
            })
    void aSitePathOrAWebAddressIsSafe(String link) {
        assertThat(SafeLinks.isSafe(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tin-tuc", "//evil.test", "javascript:alert(1)", "www.example.vn"})
    void aWebsiteMustBeAnAbsoluteWebAddress(String link) {
        assertThat(SafeLinks.isWebAddress(link)).isFalse();
    }
}
