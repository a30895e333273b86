package vn.doimoi.portal.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitiserTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<body onload=alert(1)>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"color:red\" onclick=\"alert(1)\">x</p>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<script>alert(1)//<</script>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<base href=\"https://evil.example/\">"
            })
    void nothingThatRunsSurvives(String payload) {
        String clean = HtmlSanitiser.sanitise("<p>Tin tốt</p>" + payload).toLowerCase();

        assertThat(clean)
                .doesNotContain("<script")
                .doesNotContain("javascript:")
                .doesNotContain("vbscript:")
                .doesNotContain("onerror")
                .doesNotContain("onload")
                .doesNotContain("onclick")
                .doesNotContain("onfocus")
                .doesNotContain("ontoggle")
                .doesNotContain("style=")
                .doesNotContain("<iframe")
                .doesNotContain("<object")
                .doesNotContain("<embed")
                .doesNotContain("<form")
                .doesNotContain("<meta")
                .doesNotContain("<link")
                .doesNotContain("<base")
                .doesNotContain("<svg")
                .doesNotContain("data:");
        assertThat(clean).contains("<p>tin tốt</p>");
    }

    @Test
    void editorialMarkupIsKept() {
        String html = "<h2>1. Nhiệm vụ</h2><p><strong>Đậm</strong> và <em>nghiêng</em> "
                + "<a href=\"https://longan.gov.vn/tin\">liên kết</a></p><ul><li>một</li></ul>"
                + "<blockquote>trích</blockquote><img src=\"/files/abc.png\" alt=\"ảnh\">";

        String clean = HtmlSanitiser.sanitise(html);

        assertThat(clean)
                .contains("<h2>1. Nhiệm vụ</h2>")
                .contains("<strong>Đậm</strong>")
                .contains("<em>nghiêng</em>")
                .contains("href=\"https://longan.gov.vn/tin\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .contains("<li>một</li>")
                .contains("<blockquote>trích</blockquote>")
                .contains("src=\"/files/abc.png\"");
    }

    @Test
    void plainTextKeepsParagraphsApart() {
        assertThat(HtmlSanitiser.plainText("<h2>Tiêu đề</h2><p>Đoạn một.</p><p>Đoạn <b>hai</b>.</p>"))
                .isEqualTo("Tiêu đề\nĐoạn một.\nĐoạn hai.");
    }
}
