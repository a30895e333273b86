package vn.doimoi.ecosystem.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.text.VietnameseFormats;

/**
 * The {@code /ecosystem} hub (issue 21): public, it leads to every part of the ecosystem, shows the
 * module's figures as a chart with the table beside it, and the main menu's one "Đổi mới sáng tạo"
 * entry points to it; the enterprise fund shows only to a signed-in member (or STAFF, their desks).
 */
@DoimoiSpringTest
class EcosystemHubTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    EcosystemFigures figures;

    @Test
    void aVisitorFindsEveryPartOfTheEcosystemAndItsFigures() throws Exception {
        var page = mvc.get().uri("/ecosystem").exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Hệ sinh thái đổi mới sáng tạo")
                .contains("href=\"/ecosystem/vouchers\"")
                .contains("href=\"/ecosystem/startups\"")
                .contains("href=\"/ecosystem/awards\"")
                .contains("href=\"/ecosystem/initiatives\"")
                .contains("href=\"/ecosystem/events\"")
                .contains("id=\"hub-chart\"")
                .contains("id=\"hub-figures\"")
                .contains("Phiếu hỗ trợ đã cấp")
                .contains("Sáng kiến được công nhận")
                .doesNotContain("id=\"hub-funds\"")
                .doesNotContain("/staff/ecosystem");
        // the table carries today's figures as the dashboard counts them
        BigDecimal granted = figures.valueAt(EcosystemFigure.VOUCHERS_GRANTED, Instant.now());
        assertThat(html)
                .containsPattern(
                        "id=\"figure-VOUCHERS_GRANTED\">\\s*<td[^>]*>Phiếu hỗ trợ đã cấp</td>\\s*<td[^>]*>[0-9.]+</td>\\s*<td[^>]*>"
                                + java.util.regex.Pattern.quote(VietnameseFormats.number(granted.longValue()))
                                + "</td>");
        // one menu entry leads here instead of a link per area
        assertThat(html)
                .contains("id=\"nav-ecosystem\"")
                .doesNotContain("id=\"nav-vouchers\"")
                .doesNotContain("id=\"nav-startups\"");
    }

    @Test
    void aMemberSeesTheFundAndStaffTheirDesks() {
        String member = users.create(Role.ORG_MEMBER, users.organisation());
        String staff = users.create(Role.STAFF);

        assertThat(mvc.get()
                        .uri("/ecosystem")
                        .with(user(users.principal(member)))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("id=\"hub-funds\"")
                .contains("href=\"/ecosystem/funds/my\"")
                .contains("href=\"/ecosystem/vouchers/my\"")
                .doesNotContain("/staff/ecosystem");
        assertThat(mvc.get()
                        .uri("/ecosystem")
                        .with(user(users.principal(staff)))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/staff/ecosystem/vouchers\"")
                .contains("href=\"/staff/ecosystem/startups\"")
                .contains("href=\"/staff/ecosystem/funds\"");
    }
}
