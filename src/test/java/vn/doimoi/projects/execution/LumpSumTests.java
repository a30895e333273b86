package vn.doimoi.projects.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.execution.ExecutionViews.TrancheView;
import vn.doimoi.shared.DomainException;

/**
 * Lump sum to the final product (issue 19): a tranche tied to a product is paid only once that
 * product is accepted, and the task is settled against its accepted products, not vouchers (its
 * host hands in the products and is never asked for the spending report); a partial lump sum
 * leaves its rule version's excluded items to vouchers.
 */
@DoimoiSpringTest
class LumpSumTests {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TaskExecutions executions;

    @Autowired
    ProductMilestones milestones;

    @Autowired
    ExecutionDocuments documents;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.doimoi.projects.councils.AcceptanceCouncils councils;

    @Autowired
    vn.doimoi.directory.Directory directory;

    @Test
    void aMilestoneTrancheIsPaidOnlyOnceItsProductIsAcceptedAndTheTaskSettlesWithoutVouchers() throws IOException {
        // given a task funded as a lump sum to the final product, two products, contract signed two months ago
        UUID host = testUsers.organisation();
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        TaskApproved approved = TaskExecutionsTests.approved(host, p1, p2);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-khoan");
        CurrentUser ketoan = TaskExecutionsTests.staff("ketoan-khoan");
        CurrentUser hostMember = TaskExecutionsTests.member(host);
        SignedTasks.sign(executions, canbo, task, TODAY.minusMonths(2));
        List<TrancheView> tranches = executions.task(canbo, task).tranches();
        assertThat(executions.task(canbo, task).contract().terms().fundingMode())
                .isEqualTo(FundingMode.LUMP_SUM_TO_FINAL_PRODUCT);
        UUID forP1 = tranches.stream()
                .filter(t -> p1.equals(t.productId()))
                .findFirst()
                .orElseThrow()
                .id();
        UUID forP2 = tranches.stream()
                .filter(t -> p2.equals(t.productId()))
                .findFirst()
                .orElseThrow()
                .id();

        // when nobody has accepted the first product, neither the host nor STAFF can move its tranche
        assertThatThrownBy(() -> executions.requestTranche(hostMember, task, forP1, null))
                .hasMessage("payment.error.productNotAccepted");
        assertThatThrownBy(() -> executions.approveTranche(canbo, task, forP1))
                .hasMessage("payment.error.productNotAccepted");
        assertThatThrownBy(() -> executions.markTranchePaid(canbo, task, forP1, TODAY, "UNC-K01"))
                .hasMessage("payment.error.productNotAccepted");

        // and a milestone cannot be recorded by the host, for another task's product, without minutes or ahead of time
        assertThatThrownBy(() -> milestones.record(hostMember, task, p1, TODAY, "BB-01"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> milestones.record(canbo, task, UUID.randomUUID(), TODAY, "BB-01"))
                .hasMessage("milestone.error.unknownProduct");
        assertThatThrownBy(() -> milestones.record(canbo, task, p1, TODAY, "   "))
                .hasMessage("milestone.error.minutes");
        assertThatThrownBy(() -> milestones.record(canbo, task, p1, TODAY.plusDays(1), "BB-01"))
                .hasMessage("milestone.error.future");

        // when STAFF records the first product's acceptance minutes
        milestones.record(canbo, task, p1, TODAY.minusDays(3), "BB-01/2026/NT-SP");
        assertThatThrownBy(() -> milestones.record(canbo, task, p1, TODAY, "BB-02"))
                .hasMessage("milestone.error.already");

        // then its tranche goes through both approvals to payment; the second product's stays refused
        executions.requestTranche(hostMember, task, forP1, "Sản phẩm 1 đã nghiệm thu");
        executions.approveTranche(canbo, task, forP1);
        executions.approveTranche(ketoan, task, forP1);
        executions.markTranchePaid(canbo, task, forP1, TODAY, "UNC-K01");
        assertThat(executions.task(canbo, task).tranches())
                .filteredOn(t -> t.id().equals(forP1))
                .extracting(TrancheView::state)
                .containsExactly(TrancheState.PAID);
        assertThatThrownBy(() -> executions.requestTranche(hostMember, task, forP2, null))
                .hasMessage("payment.error.productNotAccepted");

        // and the audit dossier's settlement lists the accepted product with its minutes, asking for no vouchers
        String settlement = settlement(task, canbo);
        assertThat(settlement)
                .contains("Khoán chi đến sản phẩm cuối cùng")
                .contains("không yêu cầu chứng từ chi")
                .contains("1. Quy trình sấy · nghiệm thu ngày "
                        + vn.doimoi.shared.text.VietnameseFormats.date(TODAY.minusDays(3))
                        + " · BB-01/2026/NT-SP")
                .doesNotContain("1. Máy sấy mẫu")
                .doesNotContain("2. Máy sấy mẫu");
    }

    @Test
    void aLumpSumHostHandsInItsProductsAndIsNeverAskedForTheSpendingReport() throws Exception {
        // given a task funded as a lump sum to the final product, one product accepted by its minutes
        UUID host = testUsers.organisation();
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        TaskApproved approved = TaskExecutionsTests.approved(host, p1, p2);
        executions.taskApproved(approved);
        UUID task = approved.taskId();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-khoan-hoso");
        SignedTasks.sign(executions, canbo, task, TODAY.minusMonths(2));
        milestones.record(canbo, task, p1, TODAY.minusDays(5), "BB-07/2026/NT-SP");
        String member = testUsers.create(Role.ORG_MEMBER, host);

        // when the host opens its task
        Document page = hostPage(task, member);

        // then the acceptance form asks no spending report; it lists the products handed in instead
        assertThat(page.select("#acceptance-form #financialReport")).isEmpty();
        assertThat(page.select("#by-products-hint").text()).contains("không nộp báo cáo quyết toán kinh phí");
        assertThat(page.select("#handed-in-products li").eachText())
                .containsExactlyInAnyOrder(
                        "Quy trình sấy — đã nghiệm thu ngày "
                                + vn.doimoi.shared.text.VietnameseFormats.date(TODAY.minusDays(5))
                                + " (BB-07/2026/NT-SP)",
                        "Máy sấy mẫu — nghiệm thu cùng nhiệm vụ");

        // when it submits the dossier without one
        mvc.perform(multipart("/execution/tasks/" + task + "/acceptance")
                        .param("finalReport", "Báo cáo tổng hợp")
                        .param("summaryReport", "Tóm tắt")
                        .param("selfAssessment", "Tự đánh giá: Đạt")
                        .param("contributions", "Nguyễn Văn An: 100")
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "acceptance.submitted"));

        // then the dossier holds the products in place of the report, and so does the audit dossier
        var acceptance = executions.task(canbo, task).acceptance();
        assertThat(acceptance).isNotNull();
        assertThat(acceptance.financialReport())
                .contains("không nộp báo cáo quyết toán kinh phí")
                .contains("Quy trình sấy — đã nghiệm thu ngày")
                .contains("BB-07/2026/NT-SP")
                .contains("Máy sấy mẫu — nghiệm thu cùng nhiệm vụ");
        assertThat(hostPage(task, member).select("#acceptance").text())
                .contains("Sản phẩm giao nộp (khoán chi đến sản phẩm cuối cùng)")
                .doesNotContain("Báo cáo tình hình sử dụng kinh phí");
        assertThat(dossierEntry(task, canbo, "03-ho-so-nghiem-thu.txt"))
                .contains("Sản phẩm giao nộp")
                .doesNotContain("Báo cáo tình hình sử dụng kinh phí");

        // and a member of the acceptance council reads the products where a spending report would be
        String expert = testUsers.create(Role.EXPERT);
        Document council = councilMemberPage(task, canbo, expert);
        assertThat(council.select("#dossier").text())
                .contains("Sản phẩm giao nộp (khoán chi đến sản phẩm cuối cùng)")
                .doesNotContain("Báo cáo tình hình sử dụng kinh phí");
        assertThat(council.select("#dossier #spending-part").text())
                .contains("Quy trình sấy — đã nghiệm thu ngày", "Máy sấy mẫu — nghiệm thu cùng nhiệm vụ");
    }

    @Test
    void aPartialLumpSumCouncilMemberReadsTheSpendingReport() throws Exception {
        UUID host = testUsers.organisation();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-tungphan-hoidong");
        UUID task = partialLumpSum(host, LocalDate.of(2026, 1, 1), canbo);
        String member = testUsers.create(Role.ORG_MEMBER, host);
        mvc.perform(multipart("/execution/tasks/" + task + "/acceptance")
                        .param("finalReport", "Báo cáo tổng hợp")
                        .param("summaryReport", "Tóm tắt")
                        .param("financialReport", "Đã chi 1.200.000.000 ₫ theo dự toán")
                        .param("selfAssessment", "Tự đánh giá: Đạt")
                        .param("contributions", "Nguyễn Văn An: 100")
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "acceptance.submitted"));

        Document council = councilMemberPage(task, canbo, testUsers.create(Role.EXPERT));

        assertThat(council.select("#dossier").text())
                .contains("Báo cáo tình hình sử dụng kinh phí")
                .doesNotContain("Sản phẩm giao nộp");
        assertThat(council.select("#dossier #spending-part").text()).isEqualTo("Đã chi 1.200.000.000 ₫ theo dự toán");
    }

    /** The council page of an expert seated (as a reviewer) on the task's acceptance council, once declared. */
    private Document councilMemberPage(UUID task, CurrentUser canbo, String expert) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        java.util.Map<UUID, vn.doimoi.projects.rules.CouncilRole> seats = new java.util.LinkedHashMap<>();
        seats.put(
                directory.ensureExpert(
                        "Chuyên gia " + expert, Degree.TS, "Nghiên cứu viên", null, Set.of("401"), "Sấy", expert),
                vn.doimoi.projects.rules.CouncilRole.REVIEWER);
        vn.doimoi.projects.rules.CouncilRole[] others = {
            vn.doimoi.projects.rules.CouncilRole.CHAIR,
            vn.doimoi.projects.rules.CouncilRole.REVIEWER,
            vn.doimoi.projects.rules.CouncilRole.SECRETARY,
            vn.doimoi.projects.rules.CouncilRole.MEMBER
        };
        for (int i = 0; i < others.length; i++) {
            seats.put(
                    directory.ensureExpert(
                            "Chuyên gia " + suffix + " " + i,
                            Degree.TS,
                            "Nghiên cứu viên",
                            null,
                            Set.of("401"),
                            "Công nghệ sau thu hoạch",
                            null),
                    others[i]);
        }
        councils.form(canbo, task, "430/QĐ-SKHCN", seats);
        String page = "/execution/councils/" + task;
        mvc.perform(
                post(page + "/declare").with(user(testUsers.principal(expert))).with(csrf()));
        return Jsoup.parse(mvc.perform(get(page).with(user(testUsers.principal(expert))))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aPartialLumpSumHostIsStillAskedForTheSpendingReport() throws Exception {
        UUID host = testUsers.organisation();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-tungphan-hoso");
        UUID task = partialLumpSum(host, LocalDate.of(2026, 1, 1), canbo);
        String member = testUsers.create(Role.ORG_MEMBER, host);

        assertThat(hostPage(task, member).select("#acceptance-form #financialReport"))
                .hasSize(1);
        assertThat(hostPage(task, member).select("#handed-in-products")).isEmpty();
        mvc.perform(multipart("/execution/tasks/" + task + "/acceptance")
                        .param("finalReport", "Báo cáo tổng hợp")
                        .param("summaryReport", "Tóm tắt")
                        .param("selfAssessment", "Tự đánh giá: Đạt")
                        .param("contributions", "Nguyễn Văn An: 100")
                        .with(user(testUsers.principal(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "acceptance.error.dossierIncomplete"));
        assertThat(executions.task(canbo, task).acceptance()).isNull();
    }

    @Test
    void aPartialLumpSumSettlesTheExcludedItemsOfItsRuleVersionByVoucher() throws IOException {
        // given two tasks funded by a partial lump sum, one approved under the 2025 law, one before
        UUID host = testUsers.organisation();
        CurrentUser canbo = TaskExecutionsTests.staff("canbo-tungphan");
        UUID task2025 = partialLumpSum(host, LocalDate.of(2026, 1, 1), canbo);
        UUID task2014 = partialLumpSum(host, LocalDate.of(2025, 6, 1), canbo);

        // then each settlement lists the excluded items, settled by voucher, under its own version's basis
        assertThat(settlement(task2025, canbo))
                .contains("Khoán chi từng phần")
                .contains("quyết toán theo chứng từ chi")
                .contains("- Mua sắm tài sản")
                .contains("- Đoàn ra (công tác nước ngoài)")
                .contains("Luật 93/2025/QH15")
                .contains("Các nội dung còn lại: quyết toán theo hình thức khoán chi.")
                .doesNotContain("không yêu cầu chứng từ chi");
        assertThat(settlement(task2014, canbo))
                .contains("Nghị định 95/2014/NĐ-CP")
                .doesNotContain("Luật 93/2025");
    }

    @Test
    void aLumpSumToTheFinalProductTiesEveryTrancheAfterTheAdvanceToAProduct() {
        UUID product = UUID.randomUUID();
        LocalDate start = LocalDate.of(2026, 1, 1);
        ContractTerms untied = new ContractTerms(
                "1/HĐ",
                start,
                start.plusMonths(12),
                FundingMode.LUMP_SUM_TO_FINAL_PRODUCT,
                new BigDecimal("900000000"),
                BigDecimal.ZERO,
                6,
                "",
                List.of(
                        new ContractTerms.TrancheTerm(1, new BigDecimal("300000000"), null, start),
                        new ContractTerms.TrancheTerm(2, new BigDecimal("300000000"), null, start.plusMonths(6)),
                        new ContractTerms.TrancheTerm(3, new BigDecimal("300000000"), product, start.plusMonths(12))));

        assertThatThrownBy(() -> untied.validate(java.util.Set.of(product)))
                .hasMessage("contract.error.lumpSumMilestone");
        ContractTerms partial = new ContractTerms(
                untied.number(),
                untied.startOn(),
                untied.endOn(),
                FundingMode.PARTIAL_LUMP_SUM,
                untied.stateBudget(),
                untied.otherBudget(),
                6,
                "",
                untied.tranches());
        partial.validate(java.util.Set.of(product));
    }

    @Test
    void hostileMilestonePostsNeverAnswer500() throws Exception {
        String staff = testUsers.create(Role.STAFF);
        UUID task = SignedTasks.inProgress(executions, TaskExecutionsTests.staff(staff), testUsers.organisation());
        UUID product = executions
                .task(TaskExecutionsTests.staff(staff), task)
                .products()
                .get(0)
                .id();
        String[][] hostile = {
            {"acceptedOn", "không phải ngày", "minutes", "BB-1"},
            {"acceptedOn", "2026-02-30", "minutes", "BB-1"},
            {"acceptedOn", TODAY.toString(), "minutes", "x".repeat(5000)},
            {"acceptedOn", "", "minutes", "<script>alert(1)</script>"},
        };
        for (String[] fields : hostile) {
            var form = post("/staff/execution/tasks/" + task + "/products/" + product + "/accepted")
                    .with(user(testUsers.principal(staff)))
                    .with(csrf())
                    .param(fields[0], fields[1])
                    .param(fields[2], fields[3]);
            int code = mvc.perform(form).andReturn().getResponse().getStatus();
            assertThat(code).as("%s=%s", fields[0], fields[1]).isLessThan(500);
        }
        int unknown = mvc.perform(post("/staff/execution/tasks/" + task + "/products/không-phải-mã/accepted")
                        .with(user(testUsers.principal(staff)))
                        .with(csrf())
                        .param("acceptedOn", TODAY.toString())
                        .param("minutes", "BB-1"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(unknown).isLessThan(500);
        assertThat(milestones.acceptedOn(task)).isEmpty();
    }

    private UUID partialLumpSum(UUID host, LocalDate decidedOn, CurrentUser staff) {
        UUID task = SignedTasks.approvedOn(executions, host, decidedOn);
        ContractTerms suggested = executions.suggestedTerms(staff, task);
        executions.draftContract(
                staff,
                task,
                new ContractTerms(
                        suggested.number(),
                        TODAY.minusMonths(1),
                        TODAY.plusMonths(11),
                        FundingMode.PARTIAL_LUMP_SUM,
                        suggested.stateBudget(),
                        suggested.otherBudget(),
                        6,
                        "",
                        suggested.tranches()));
        executions.signContract(staff, task, TODAY.minusMonths(1));
        return task;
    }

    private String settlement(UUID task, CurrentUser staff) throws IOException {
        return dossierEntry(task, staff, "08-quyet-toan.txt");
    }

    private String dossierEntry(UUID task, CurrentUser staff, String name) throws IOException {
        byte[] zip = documents.dossierZip(executions.task(staff, task), List.of(), VI);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the dossier");
    }

    private Document hostPage(UUID task, String member) throws Exception {
        return Jsoup.parse(mvc.perform(get("/execution/tasks/" + task).with(user(testUsers.principal(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
