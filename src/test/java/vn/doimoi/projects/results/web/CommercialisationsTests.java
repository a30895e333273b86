package vn.doimoi.projects.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

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
 * The owner of a registered result records its commercialisations; the authors' and intermediaries'
 * shares are checked against the sharing rule of the task's approval date and published where it says so.
 */
@DoimoiSpringTest
class CommercialisationsTests {

    /** A licence whose base is 100.000.000 × 100%: the authors' least share is 30.000.000. */
    static final Map<String, String> LICENCE = Map.of(
            "kind", "LICENCE",
            "concludedOn", "15/11/2026",
            "counterparty", "Công ty Phân bón Tây Ninh",
            "income", "100.000.000",
            "profitAfterTax", "100.000.000",
            "stateSharePercent", "100",
            "authorsAmount", "30.000.000");

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
    void theOwnerRecordsTwoCommercialisationsAndTheSharesArePublic() {
        UUID host = testUsers.organisation();
        UUID result = result(host, LocalDate.of(2026, 1, 1));
        String member = testUsers.create(Role.ORG_MEMBER, host);

        // base 1.000.000.000 × 60% = 600.000.000; the authors' 30% is 180.000.000
        assertThat(post(
                        member,
                        result,
                        Map.of(
                                "kind", "LICENCE",
                                "concludedOn", "15/11/2026",
                                "counterparty", "Công ty Phân bón Tây Ninh",
                                "income", "1.500.000.000",
                                "profitAfterTax", "1.000.000.000",
                                "stateSharePercent", "60",
                                "authorsAmount", "200.000.000")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/results/" + result);

        // base 500.000.000 × 50% = 250.000.000: the authors at least 75.000.000, intermediaries 25.000.000
        Map<String, String> sale = Map.of(
                "kind", "SALE",
                "concludedOn", "01/12/2026",
                "counterparty", "HTX Nông nghiệp Tân Thạnh",
                "income", "800.000.000",
                "profitAfterTax", "500.000.000",
                "stateSharePercent", "50",
                "authorsAmount", "70.000.000",
                "intermediariesAmount", "25.000.000");
        assertThat(post(member, result, sale))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền chi cho tác giả phải ít nhất 75.000.000 ₫");
        assertThat(post(
                        member,
                        result,
                        with(sale, "authorsAmount", "75.000.000", "intermediariesAmount", "24.999.999")))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền chi cho bên trung gian phải ít nhất 25.000.000 ₫");
        assertThat(commercialisations.of(result)).hasSize(1);
        assertThat(post(
                        member,
                        result,
                        with(sale, "authorsAmount", "75.000.000", "intermediariesAmount", "25.000.000")))
                .hasStatus3xxRedirection();

        assertThat(commercialisations.of(result))
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.ruleVersion()).isEqualTo("ND267-2025"))
                .extracting(Commercialisation::recordedBy)
                .containsOnly(member);
        assertThat(mvc.get().uri("/results/" + result).with(user(testUsers.principal(member))))
                .hasStatusOk()
                .bodyText()
                .contains("record-commercialisation");
        assertThat(mvc.get().uri("/results/" + result))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("record-commercialisation")
                .contains("Chủ sở hữu kết quả")
                .contains("Công ty thử nghiệm")
                .contains("Chuyển quyền sử dụng (li-xăng)")
                .contains("200.000.000 ₫")
                .contains("75.000.000 ₫")
                .contains("25.000.000 ₫")
                .doesNotContain("chưa đối chiếu")
                .doesNotContain("unverified");
    }

    @Test
    void aTaskApprovedBeforeTheLawKeepsTheOldRuleAndItsSharesUnpublished() {
        UUID host = testUsers.organisation();
        UUID result = result(host, LocalDate.of(2025, 6, 1));
        String member = testUsers.create(Role.ORG_MEMBER, host);

        assertThat(post(member, result, with(LICENCE, "kind", "SPIN_OFF", "counterparty", "Công ty Rơm Xanh")))
                .hasStatus3xxRedirection();

        assertThat(commercialisations.of(result))
                .singleElement()
                .satisfies(c -> assertThat(c.ruleVersion()).isEqualTo("TT-2014"));
        assertThat(mvc.get().uri("/results/" + result))
                .hasStatusOk()
                .bodyText()
                .contains("Công ty Rơm Xanh")
                .doesNotContain("30.000.000 ₫");
    }

    @Test
    void anotherOrganisationsMemberIsRefused() {
        UUID result = result(testUsers.organisation(), LocalDate.of(2026, 1, 1));
        String stranger = testUsers.create(Role.ORG_MEMBER);

        assertThat(mvc.get()
                        .uri("/execution/results/" + result + "/commercialisations/new")
                        .with(user(testUsers.principal(stranger))))
                .hasStatus(403);
        assertThat(post(stranger, result, LICENCE)).hasStatus(403);
        assertThat(commercialisations.of(result)).isEmpty();
        assertThat(mvc.get().uri("/results/" + result).with(user(testUsers.principal(stranger))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("record-commercialisation");
    }

    @Test
    void hostileInputIsRefusedNeverAServerError() {
        UUID host = testUsers.organisation();
        UUID result = result(host, LocalDate.of(2026, 1, 1));
        String member = testUsers.create(Role.ORG_MEMBER, host);
        Map<String, String> valid = LICENCE;

        assertThat(post(member, result, with(valid, "stateSharePercent", "150")))
                .hasStatus(400)
                .bodyText()
                .contains("Phần do ngân sách nhà nước đầu tư phải từ 0 đến 100%");
        assertThat(post(member, result, with(valid, "stateSharePercent", "-10")))
                .hasStatus(400);
        assertThat(post(member, result, with(valid, "authorsAmount", "-30.000.000")))
                .hasStatus(400);
        assertThat(post(member, result, with(valid, "income", "một trăm triệu")))
                .hasStatus(400)
                .bodyText()
                .contains("Số tiền không hợp lệ");
        assertThat(post(member, result, with(valid, "stateSharePercent", "nhiều")))
                .hasStatus(400);
        assertThat(post(member, result, with(valid, "kind", "GIFT"))).hasStatus(400);
        assertThat(post(member, result, with(valid, "profitAfterTax", "200.000.000")))
                .hasStatus(400)
                .bodyText()
                .contains("Lợi nhuận sau thuế không được lớn hơn thu nhập");
        assertThat(commercialisations.of(result)).isEmpty();
    }

    private UUID result(UUID host, LocalDate approvedOn) {
        return RegisteredResults.registered(
                executions, registration, host, approvedOn, "Quy trình ủ phân hữu cơ từ rơm rạ", "91/2026/GCN-KQNV");
    }

    private MvcTestResult post(String username, UUID result, Map<String, String> fields) {
        var request = mvc.post()
                .uri("/execution/results/" + result + "/commercialisations/new")
                .with(user(testUsers.principal(username)))
                .with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request.exchange();
    }

    static Map<String, String> with(Map<String, String> fields, String... changes) {
        Map<String, String> changed = new java.util.HashMap<>(fields);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put(changes[i], changes[i + 1]);
        }
        return changed;
    }
}
