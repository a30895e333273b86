package vn.doimoi.ecosystem.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.Role;
import vn.doimoi.programs.IndicatorView;
import vn.doimoi.programs.Programmes;

/**
 * An enterprise keeps its S&T fund through the pages: three years of allocations, spending with
 * evidence, the deadline warning with the repayment in đồng, the yearly report the Department sees,
 * and the province's totals; the cap, the balance, another organisation and an unverified one refuse.
 */
@DoimoiSpringTest
class FundsTests {

    static final UUID PROGRAMME_54 = UUID.fromString("00000054-0000-4000-8000-000000000000");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    Programmes programmes;

    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void threeYearsOfAllocationsWarnBeforeTheDeadlineWithTheRepaymentAndTheReportReachesTheDepartment() {
        // given a verified enterprise that set aside three yearly allocations, the first 5 years less 3 months ago
        String member = verifiedMember();
        LocalDate first = today.minusYears(5).plusMonths(3);
        int year = first.getYear() - 1;
        assertThat(allocate(member, year, first, "8.000.000.000", "600.000.000"))
                .hasStatus3xxRedirection();
        assertThat(allocate(member, year + 1, first.plusYears(1), "9500000000", "800000000"))
                .hasStatus3xxRedirection();
        assertThat(allocate(member, year + 2, first.plusYears(2), "10 000 000 000", "900.000.000 ₫"))
                .hasStatus3xxRedirection();

        // when it records 370 million of spending with evidence
        assertThat(spend(member, first.plusMonths(8), "TECHNOLOGY_PURCHASE", "150.000.000"))
                .hasStatus3xxRedirection();
        assertThat(spend(member, first.plusYears(2), "SERVICES", "100.000.000")).hasStatus3xxRedirection();
        assertThat(spend(member, first.plusYears(3), "IP_AND_STANDARDS", "120.000.000"))
                .hasStatus3xxRedirection();

        // then its page warns of the first deadline with what is still to spend and what it would repay
        String deadline = first.plusYears(5).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(get(member, "/ecosystem/funds/my"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"warning-" + year + "\"")
                .contains("Khoản trích năm " + year + " phải sử dụng trước ngày " + deadline)
                .contains("cần chi thêm 50.000.000 ₫ để đạt 70%")
                .contains("phải nộp lại 48.300.000 ₫")
                .contains("Số dư có thể sử dụng: 1.930.000.000 ₫")
                .contains("Sắp đến hạn, chưa đạt")
                .doesNotContain("id=\"warning-" + (year + 1) + "\"");
        // and "Việc của tôi" says it too
        assertThat(get(member, "/me"))
                .hasStatusOk()
                .bodyText()
                .contains("Khoản trích quỹ năm " + year + " sắp đến hạn: cần chi thêm 50.000.000 ₫")
                .contains("/ecosystem/funds/my");

        // when it files the report of the third allocation's year
        int reportYear = first.plusYears(2).getYear();
        assertThat(post(member, "/ecosystem/funds/my/reports", Map.of("year", String.valueOf(reportYear))))
                .hasStatus3xxRedirection();
        UUID report = jdbc.sql("SELECT id FROM ecosystem.fund_report WHERE organisation_id = ?")
                .param(organisationOf(member))
                .query(UUID.class)
                .single();
        // then the Department sees it, with the year's figures, among the province's totals
        String staff = testUsers.create(Role.STAFF);
        assertThat(get(staff, "/staff/ecosystem/funds"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"funds-chart\"", "id=\"funds-by-year\"", "/ecosystem/funds/reports/" + report);
        assertThat(get(staff, "/ecosystem/funds/reports/" + report))
                .hasStatusOk()
                .bodyText()
                .contains("Báo cáo quỹ phát triển KH&amp;CN năm " + reportYear)
                .contains("900.000.000 ₫");
        // a second report of the same year is refused
        assertThat(post(member, "/ecosystem/funds/my/reports", Map.of("year", String.valueOf(reportYear))))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "funds.error.reportFiled");
    }

    @Test
    void anAllocationAboveTheCapIsRefusedWithTheCapInDong() {
        String member = verifiedMember();

        assertThat(allocate(member, 2023, LocalDate.of(2024, 3, 31), "5.000.000.000", "500.000.001"))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền trích lập vượt mức tối đa 500.000.000 ₫ (10% thu nhập tính thuế năm 2023)");
        // the 2025 tax law's version allows 20%
        assertThat(allocate(member, 2025, LocalDate.of(2026, 3, 31), "5.000.000.000", "1.000.000.000"))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT rule_version FROM ecosystem.fund_allocation WHERE organisation_id = ?")
                        .param(organisationOf(member))
                        .query(String.class)
                        .list())
                .containsExactly("CIT2025");
        // and a second allocation of the same year is refused on its field
        assertThat(allocate(member, 2025, LocalDate.of(2026, 4, 1), "5.000.000.000", "1.000"))
                .hasStatus(400)
                .bodyText()
                .contains("Năm 2025 đã có khoản trích lập.");
    }

    @Test
    void spendingMoreThanTheBalanceOrWithoutEvidenceIsRefused() {
        String member = verifiedMember();
        LocalDate on = today.minusMonths(2);
        assertThat(allocate(member, on.getYear() - 1, on, "1.000.000.000", "100.000.000"))
                .hasStatus3xxRedirection();
        assertThat(spend(member, today, "TRAINING", "60.000.000")).hasStatus3xxRedirection();

        assertThat(spend(member, today, "EQUIPMENT", "40.000.001"))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền chi vượt số dư quỹ có thể sử dụng ngày")
                .contains(": 40.000.000 ₫.");
        assertThat(post(
                        member,
                        "/ecosystem/funds/my/spending",
                        Map.of(
                                "spentOn",
                                today.toString(),
                                "useCode",
                                "EQUIPMENT",
                                "description",
                                "Máy đo",
                                "amount",
                                "1000")))
                .hasStatus(400)
                .bodyText()
                .contains("Hãy đính kèm chứng từ của khoản chi.");
        assertThat(spend(member, today, "NOT_A_USE", "1000")).hasStatus(400);
        assertThat(jdbc.sql("SELECT sum(amount) FROM ecosystem.fund_spending WHERE organisation_id = ?")
                        .param(organisationOf(member))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("60000000");
    }

    @Test
    void anotherOrganisationsUserAndAnUnverifiedOneAreRefused() {
        String member = verifiedMember();
        assertThat(allocate(member, today.getYear() - 1, today, "1.000.000.000", "100.000.000"))
                .hasStatus3xxRedirection();
        assertThat(spend(member, today, "TRAINING", "10.000.000")).hasStatus3xxRedirection();
        assertThat(post(member, "/ecosystem/funds/my/reports", Map.of("year", String.valueOf(today.getYear()))))
                .hasStatus3xxRedirection();
        UUID organisation = organisationOf(member);
        UUID spending = jdbc.sql("SELECT id FROM ecosystem.fund_spending WHERE organisation_id = ?")
                .param(organisation)
                .query(UUID.class)
                .single();
        UUID report = jdbc.sql("SELECT id FROM ecosystem.fund_report WHERE organisation_id = ?")
                .param(organisation)
                .query(UUID.class)
                .single();
        assertThat(get(member, "/ecosystem/funds/spending/" + spending + "/evidence"))
                .hasStatusOk()
                .hasContentType("application/pdf");

        // another enterprise's member sees neither the evidence nor the report, and not its figures
        String other = verifiedMember();
        assertThat(get(other, "/ecosystem/funds/spending/" + spending + "/evidence"))
                .hasStatus(404);
        assertThat(get(other, "/ecosystem/funds/reports/" + report)).hasStatus(404);
        assertThat(get(other, "/ecosystem/funds/my")).hasStatusOk().bodyText().doesNotContain("100.000.000 ₫");
        // a STAFF user cannot write into a fund
        assertThat(allocate(testUsers.create(Role.STAFF), 2024, today, "1000", "1"))
                .hasStatus(403);

        // a member of an unverified organisation reads the refusal and records nothing
        String unverified = testUsers.create(Role.ORG_MEMBER);
        assertThat(get(unverified, "/ecosystem/funds/my"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unverified\"")
                .doesNotContain("id=\"allocation-form\"");
        assertThat(allocate(unverified, today.getYear() - 1, today, "1.000.000.000", "1.000"))
                .hasStatus(400);
        assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.fund_allocation WHERE organisation_id = ?")
                        .param(organisationOf(unverified))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFundsFiguresCountAndTheProgrammeDashboardShowsEveryEcosystemIndicator() {
        BigDecimal enterprisesBefore = figures.valueAt(EcosystemFigure.ENTERPRISES_WITH_FUND, Instant.now());
        BigDecimal spendingBefore = figures.valueAt(EcosystemFigure.FUND_SPENDING_MILLION_VND, Instant.now());
        String member = verifiedMember();
        assertThat(allocate(member, today.getYear() - 1, today, "10.000.000.000", "900.000.000"))
                .hasStatus3xxRedirection();
        assertThat(spend(member, today, "TECHNOLOGY_PURCHASE", "250.000.000")).hasStatus3xxRedirection();

        assertThat(figures.valueAt(EcosystemFigure.ENTERPRISES_WITH_FUND, Instant.now()))
                .isEqualByComparingTo(enterprisesBefore.add(BigDecimal.ONE));
        assertThat(figures.valueAt(EcosystemFigure.FUND_SPENDING_MILLION_VND, Instant.now())
                        .subtract(spendingBefore))
                .isBetween(BigDecimal.valueOf(249), BigDecimal.valueOf(251));

        // every figure of the ecosystem is an indicator of 54-CTr/TU in its task group, a figure nobody counts shows 0
        var indicators = programmes.publicDashboard(PROGRAMME_54).indicators();
        for (EcosystemFigure figure : EcosystemFigure.values()) {
            IndicatorView indicator = indicators.stream()
                    .filter(each -> each.code().equals(figure.key()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no indicator " + figure.key()));
            IndicatorView.YearPoint thisYear = indicator.series().stream()
                    .filter(point -> point.year() == today.getYear())
                    .findFirst()
                    .orElseThrow();
            assertThat(thisYear.actual()).as(figure.key()).isNotNull();
        }
        assertThat(indicators.stream()
                        .filter(each -> each.code().equals("ECOSYSTEM_ENTERPRISES_WITH_FUND"))
                        .findFirst()
                        .orElseThrow()
                        .taskGroupPosition())
                .isEqualTo(2);
        assertThat(mvc.get().uri("/programs/" + PROGRAMME_54))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"indicator-ECOSYSTEM_ENTERPRISES_WITH_FUND\"", "id=\"indicator-ECOSYSTEM_MEETINGS_HELD\"");
    }

    String verifiedMember() {
        UUID organisation = testUsers.organisation();
        organisations.setVerified(organisation, true);
        return testUsers.create(Role.ORG_MEMBER, organisation);
    }

    UUID organisationOf(String username) {
        return jdbc.sql("SELECT organisation_id FROM identity.app_user WHERE username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    MvcTestResult allocate(String member, int year, LocalDate on, String income, String amount) {
        return post(
                member,
                "/ecosystem/funds/my/allocations",
                Map.of(
                        "taxYear",
                        String.valueOf(year),
                        "allocatedOn",
                        on.toString(),
                        "taxableIncome",
                        income,
                        "amount",
                        amount));
    }

    MvcTestResult spend(String member, LocalDate on, String use, String amount) {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/ecosystem/funds/my/spending")
                .file(new MockMultipartFile("evidence", "hoa-don.pdf", "application/pdf", PDF))
                .param("spentOn", on.toString())
                .param("useCode", use)
                .param("description", "Khoản chi thử nghiệm " + use)
                .param("amount", amount)
                .with(user(testUsers.principal(member)))
                .with(csrf()));
    }

    MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(user(testUsers.principal(username))).exchange();
    }

    MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request =
                mvc.post().uri(uri).with(user(testUsers.principal(username))).with(csrf());
        fields.forEach(request::param);
        return request.exchange();
    }
}
