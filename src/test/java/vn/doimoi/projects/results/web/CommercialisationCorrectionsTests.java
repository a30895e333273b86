package vn.doimoi.projects.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.execution.TaskExecutions;
import vn.doimoi.projects.results.Commercialisation;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.RegisteredResults;
import vn.doimoi.projects.results.ResultRegistration;

/**
 * Issue 19: a recorded commercialisation can be corrected by STAFF or the owner's member, checked
 * against the version it was recorded under; and Law 93/2025 art. 73 brings a task assigned from
 * 1/1/2023 whose result holds a granted patent under the 2025 sharing rule.
 */
@DoimoiSpringTest
class CommercialisationCorrectionsTests {

    /** Base 100.000.000 × 100%: the authors' least share is 30.000.000 under both shipped versions. */
    private static final Map<String, String> LICENCE = CommercialisationsTests.LICENCE;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TaskExecutions executions;

    @Autowired
    ResultRegistration registration;

    @Autowired
    Commercialisations commercialisations;

    @Autowired
    TestUsers testUsers;

    @Test
    void theOwnersMemberCorrectsTheFiguresUnderTheVersionRecordedAndAStaleFormIsRefused() {
        UUID host = testUsers.organisation();
        UUID result = result(host, LocalDate.of(2026, 1, 1));
        String member = testUsers.create(Role.ORG_MEMBER, host);
        assertThat(post(member, "/execution/results/" + result + "/commercialisations/new", LICENCE))
                .hasStatus3xxRedirection();
        Commercialisation recorded = commercialisations.of(result).get(0);
        String page = "/execution/results/" + result + "/commercialisations/" + recorded.id();

        assertThat(mvc.get().uri(page).with(user(testUsers.principal(member))))
                .hasStatusOk()
                .bodyText()
                .contains("Công ty Phân bón Tây Ninh")
                .contains("30.000.000")
                .contains("name=\"rowVersion\" value=\"" + recorded.version() + "\"");
        assertThat(mvc.get().uri("/results/" + result).with(user(testUsers.principal(member))))
                .bodyText()
                .contains(page);

        // a larger profit: the minimum follows the version recorded (30% of 200.000.000)
        Map<String, String> larger = with(
                LICENCE,
                "profitAfterTax",
                "200.000.000",
                "income",
                "250.000.000",
                "rowVersion",
                Long.toString(recorded.version()));
        assertThat(post(member, page, larger))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền chi cho tác giả phải ít nhất 60.000.000 ₫");
        assertThat(post(member, page, with(larger, "authorsAmount", "60.000.000", "kind", "SALE")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/results/" + result);

        assertThat(commercialisations.of(result)).singleElement().satisfies(c -> {
            assertThat(c.terms().profitAfterTax()).isEqualByComparingTo("200000000");
            assertThat(c.terms().authorsAmount()).isEqualByComparingTo("60000000");
            assertThat(c.terms().kind().name()).isEqualTo("SALE");
            assertThat(c.ruleVersion()).isEqualTo("ND267-2025");
            assertThat(c.correctedBy()).isEqualTo(member);
            assertThat(c.recordedBy()).isEqualTo(member);
        });
        // the form read before that correction is refused, not applied over it
        assertThat(post(member, page, with(larger, "authorsAmount", "90.000.000")))
                .hasStatus(400)
                .bodyText()
                .contains("vừa được người khác sửa");
        assertThat(commercialisations.of(result).get(0).terms().authorsAmount()).isEqualByComparingTo("60000000");

        // STAFF corrects too
        String staff = testUsers.create(Role.STAFF);
        long now = commercialisations.of(result).get(0).version();
        assertThat(post(staff, page, with(larger, "authorsAmount", "61.000.000", "rowVersion", Long.toString(now))))
                .hasStatus3xxRedirection();
        assertThat(commercialisations.of(result).get(0).correctedBy()).isEqualTo(staff);
    }

    @Test
    void anotherOrganisationCannotCorrectAndACommercialisationOfAnotherResultIsNotFound() {
        UUID host = testUsers.organisation();
        UUID result = result(host, LocalDate.of(2026, 1, 1));
        UUID other = result(host, LocalDate.of(2026, 2, 1));
        String member = testUsers.create(Role.ORG_MEMBER, host);
        post(member, "/execution/results/" + result + "/commercialisations/new", LICENCE);
        Commercialisation recorded = commercialisations.of(result).get(0);
        String stranger = testUsers.create(Role.ORG_MEMBER);
        String page = "/execution/results/" + result + "/commercialisations/" + recorded.id();

        assertThat(mvc.get().uri(page).with(user(testUsers.principal(stranger))))
                .hasStatus(403);
        assertThat(post(stranger, page, with(LICENCE, "authorsAmount", "99.000.000", "rowVersion", "0")))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/execution/results/" + other + "/commercialisations/" + recorded.id())
                        .with(user(testUsers.principal(member))))
                .hasStatus(404);
        assertThat(post(stranger, "/execution/results/" + result + "/protection-title", patent("01/03/2024")))
                .hasStatus(403);
        assertThat(commercialisations.of(result).get(0).terms().authorsAmount()).isEqualByComparingTo("30000000");
    }

    @Test
    void aGrantedPatentBringsATaskAssignedFrom2023UnderThe2025RuleButNotOneAssignedBefore() {
        UUID host = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, host);
        UUID from2023 = result(host, LocalDate.of(2023, 1, 1));
        UUID before2023 = result(host, LocalDate.of(2022, 12, 31));
        UUID noTitle = result(host, LocalDate.of(2024, 6, 1));

        for (UUID result : new UUID[] {from2023, before2023}) {
            assertThat(post(member, "/execution/results/" + result + "/protection-title", patent("01/03/2024")))
                    .hasStatus3xxRedirection()
                    .flash()
                    .containsEntry("notice", "result.title.recorded");
        }
        for (UUID result : new UUID[] {from2023, before2023, noTitle}) {
            assertThat(post(member, "/execution/results/" + result + "/commercialisations/new", LICENCE))
                    .hasStatus3xxRedirection();
        }

        assertThat(commercialisations.of(from2023).get(0).ruleVersion()).isEqualTo("ND267-2025");
        assertThat(commercialisations.of(before2023).get(0).ruleVersion()).isEqualTo("TT-2014");
        assertThat(commercialisations.of(noTitle).get(0).ruleVersion()).isEqualTo("TT-2014");
        // the 2025 rule publishes the shares; the title is public too
        assertThat(mvc.get().uri("/results/" + from2023))
                .hasStatusOk()
                .bodyText()
                .contains("Bằng độc quyền sáng chế 1-0045678 (01/03/2024)")
                .contains("30.000.000 ₫")
                .doesNotContain("Chưa xác minh");
        assertThat(mvc.get().uri("/results/" + before2023)).bodyText().doesNotContain("30.000.000 ₫");

        // the result's JSON carries the commercialisations, the amounts only where the version publishes them
        MvcTestResult published = mvc.get().uri("/api/v1/results/" + from2023).exchange();
        assertThat(published).hasStatusOk();
        assertThat(published)
                .bodyJson()
                .extractingPath("$.protectionTitle.number")
                .isEqualTo("1-0045678");
        assertThat(published)
                .bodyJson()
                .extractingPath("$.protectionTitle.kind")
                .isEqualTo("PATENT");
        assertThat(published)
                .bodyJson()
                .extractingPath("$.commercialisations[0].kind")
                .isEqualTo("LICENCE");
        assertThat(published)
                .bodyJson()
                .extractingPath("$.commercialisations[0].authorsAmount")
                .isEqualTo(30000000);
        MvcTestResult unpublished =
                mvc.get().uri("/api/v1/results/" + before2023).exchange();
        assertThat(unpublished)
                .bodyJson()
                .extractingPath("$.commercialisations[0].counterparty")
                .isEqualTo("Công ty Phân bón Tây Ninh");
        assertThat(unpublished)
                .bodyJson()
                .extractingPath("$.commercialisations[0].authorsAmount")
                .isNull();
    }

    @Test
    void aBadProtectionTitleIsRefusedInVietnameseNeverAServerError() {
        UUID host = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, host);
        UUID result = result(host, LocalDate.of(2024, 1, 1));
        String title = "/execution/results/" + result + "/protection-title";

        assertThat(post(member, title, patent("01/01/2099")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "result.title.error.future");
        assertThat(post(member, title, with(patent("01/03/2024"), "kind", "GIFT")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "result.title.error.incomplete");
        assertThat(post(member, title, with(patent("31/02/2024"), "number", "<script>")))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("problem", "result.title.error.incomplete");
        assertThat(post(member, title, with(patent("01/03/2024"), "number", " ")))
                .flash()
                .containsEntry("problem", "result.title.error.incomplete");
        assertThat(mvc.get().uri("/results/" + result)).bodyText().doesNotContain("protection-title-granted");
        assertThat(post(member, "/execution/results/" + result + "/commercialisations/new", LICENCE))
                .hasStatus3xxRedirection();
        assertThat(commercialisations.of(result).get(0).ruleVersion()).isEqualTo("TT-2014");
        assertThat(commercialisations.of(result).get(0).terms().income())
                .isEqualByComparingTo(new BigDecimal("100000000"));
    }

    private static Map<String, String> patent(String grantedOn) {
        return Map.of("kind", "PATENT", "number", "1-0045678", "grantedOn", grantedOn);
    }

    private UUID result(UUID host, LocalDate approvedOn) {
        return RegisteredResults.registered(
                executions, registration, host, approvedOn, "Quy trình ủ phân hữu cơ từ rơm rạ", "92/2026/GCN-KQNV");
    }

    private MvcTestResult post(String username, String uri, Map<String, String> fields) {
        var request =
                mvc.post().uri(uri).with(user(testUsers.principal(username))).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    private static Map<String, String> with(Map<String, String> fields, String... changes) {
        return CommercialisationsTests.with(fields, changes);
    }
}
