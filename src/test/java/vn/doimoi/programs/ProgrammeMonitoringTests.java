package vn.doimoi.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.programs.monitoring.AssignmentData;
import vn.doimoi.programs.monitoring.ProgrammeMonitoring;
import vn.doimoi.shared.NotFoundException;

/** Programme 54-CTr/TU on a real database: assignments, agency reports, review, indicators, the summary. */
@DoimoiSpringTest
class ProgrammeMonitoringTests {

    static final UUID PROGRAMME = UUID.fromString("00000054-0000-4000-8000-000000000000");
    static final UUID BUDGET_SHARE = UUID.fromString("00000054-0000-4000-8001-000000000001");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ProgrammeMonitoring monitoring;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Test
    void programme54IsLoadedWithItsSixTaskGroupsAndShownToEveryone() throws Exception {
        // given the migrations have run
        ProgrammeView programme = monitoring.programme(PROGRAMME);

        // then the programme and its six groups are there, in Vietnamese
        assertThat(programme.number()).isEqualTo("54-CTr/TU");
        assertThat(programme.issuedOn()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(programme.taskGroups()).hasSize(6);
        assertThat(programme.taskGroups().get(3).title())
                .isEqualTo("Nâng cao tiềm lực khoa học, công nghệ và đổi mới sáng tạo");
        assertThat(programme.taskGroups().get(3).body()).contains("phấn đấu đạt 2% tổng chi ngân sách tỉnh");

        // and an anonymous visitor reads them with the 2% target
        String page = get("/programs/" + PROGRAMME, null).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Chương trình số 54-CTr/TU")
                .contains("Phát triển mạnh thị trường khoa học, công nghệ và hệ sinh thái khởi nghiệp đổi mới sáng tạo")
                .contains("Tỷ lệ chi ngân sách cho khoa học và công nghệ trên tổng chi ngân sách tỉnh")
                .contains("<svg class=\"chart\"");
    }

    @Test
    void anAgencyReportsWithTheBudgetFiguresAndTheShareCountsOnceStaffAccepts() {
        // given STAFF assigned the budget follow-up to an agency
        UUID agency = testUsers.agency();
        CurrentUser agencyUser = agencyUser(agency);
        UUID assignment = assign(4, agency, Recurrence.ANNUAL);

        // when the agency reports 2024 with S&T spending and the total budget
        UUID report = monitoring.submit(
                agencyUser,
                assignment,
                "2024",
                new ProgrammeMonitoring.ReportInput(
                        ProgressStatus.IN_PROGRESS,
                        "Chi cho khoa học và công nghệ năm 2024.",
                        Map.of(
                                BUDGET_SHARE,
                                new ProgrammeMonitoring.EnteredValue(
                                        null, new BigDecimal("387000"), new BigDecimal("21500000")))),
                List.of(new ProgrammeMonitoring.Upload(
                        "so-lieu.pdf", "%PDF-1.4 minh chung".getBytes(StandardCharsets.US_ASCII))));

        // then the report awaits review with the share computed, and the value does not count yet
        ReportView submitted = monitoring.report(agencyUser, report);
        assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.values())
                .singleElement()
                .satisfies(value -> assertThat(value.value()).isEqualByComparingTo("1.8"));
        assertThat(submitted.evidence())
                .singleElement()
                .satisfies(file -> assertThat(file.contentType()).isEqualTo("application/pdf"));

        // when STAFF accepts it
        monitoring.accept(report, submitted.version(), "Đã tiếp nhận.");

        // then the dashboard shows 1,8% for 2024 against the 2% target, not met
        IndicatorView share = indicator(monitoring.dashboard(PROGRAMME, false), "ST_BUDGET_SHARE");
        IndicatorView.YearPoint point2024 = share.series().get(0);
        assertThat(point2024.year()).isEqualTo(2024);
        assertThat(point2024.actual()).isEqualByComparingTo("1.8");
        assertThat(point2024.target()).isEqualByComparingTo("2");
        assertThat(point2024.met()).isFalse();
        // and the public page shows it too, since the indicator is published
        assertThat(indicator(programmes.publicDashboard(PROGRAMME), "ST_BUDGET_SHARE")
                        .series()
                        .get(0)
                        .actual())
                .isEqualByComparingTo("1.8");
    }

    @Test
    void theComputedIndicatorCountsTheOrganisationsOfTheDirectory() {
        // given the count of organisations this year
        BigDecimal before = currentYearValue("DIRECTORY_ORGANISATIONS");

        // when an organisation registers in the directory
        testUsers.organisation();

        // then the indicator, read through the directory's facade, counts one more
        assertThat(currentYearValue("DIRECTORY_ORGANISATIONS")).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void theVerifiedOrganisationsIndicatorCountsWhatTheDepartmentVerified() {
        // given the count of verified organisations this year, and a new organisation
        BigDecimal before = currentYearValue("DIRECTORY_VERIFIED_ORGANISATIONS");
        UUID organisation = testUsers.organisation();
        assertThat(currentYearValue("DIRECTORY_VERIFIED_ORGANISATIONS")).isEqualByComparingTo(before);

        // when the Department verifies it
        organisations.setVerified(organisation, true);

        // then the indicator counts one more
        assertThat(currentYearValue("DIRECTORY_VERIFIED_ORGANISATIONS"))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void anAgencyCannotSeeOrEditAnotherAgencysReports() throws Exception {
        // given two agencies with their users, and a report of the first
        UUID first = testUsers.agency();
        UUID second = testUsers.agency();
        String firstUser = testUsers.create(Role.AGENCY, first);
        String secondUser = testUsers.create(Role.AGENCY, second);
        UUID assignment = assign(5, first, Recurrence.QUARTERLY);
        UUID report = monitoring.submit(
                agencyUser(first),
                assignment,
                "2026-Q1",
                new ProgrammeMonitoring.ReportInput(ProgressStatus.IN_PROGRESS, "Báo cáo quý 1.", Map.of()),
                List.of());

        // then the second agency's user does not find them, neither in the service nor through the pages
        assertThatThrownBy(() -> monitoring.report(agencyUser(second), report)).isInstanceOf(NotFoundException.class);
        assertThat(get("/programs/reports/" + report, secondUser).getStatus()).isEqualTo(404);
        assertThat(get("/programs/reports/" + report + "/edit", secondUser).getStatus())
                .isEqualTo(404);
        assertThat(get("/programs/reports/assignments/" + assignment, secondUser)
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse post = mvc.perform(
                        MockMvcRequestBuilders.post("/programs/reports/assignments/" + assignment + "/new")
                                .param("period", "2026-Q2")
                                .param("progress", "DONE")
                                .param("narrative", "Báo cáo giả mạo.")
                                .with(csrf())
                                .with(user(testUsers.principal(secondUser))))
                .andReturn()
                .getResponse();
        assertThat(post.getStatus()).isEqualTo(404);
        assertThat(get("/programs/reports", secondUser).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(assignment.toString());

        // and the first agency's user does
        assertThat(get("/programs/reports/" + report, firstUser).getStatus()).isEqualTo(200);
        assertThat(get("/programs/reports", firstUser).getContentAsString(StandardCharsets.UTF_8))
                .contains(assignment.toString());
    }

    @Test
    void staffAsksForChangesAndTheAgencyResubmits() {
        // given a submitted report
        UUID agency = testUsers.agency();
        UUID assignment = assign(6, agency, Recurrence.HALF_YEARLY);
        UUID report = monitoring.submit(
                agencyUser(agency),
                assignment,
                "2026-H1",
                new ProgrammeMonitoring.ReportInput(ProgressStatus.IN_PROGRESS, "Bản đầu.", Map.of()),
                List.of());

        // when STAFF asks for changes and the agency corrects it
        monitoring.requestChanges(report, 0, "Bổ sung danh sách đơn vị tham gia.");
        ReportView sentBack = monitoring.report(agencyUser(agency), report);
        monitoring.resubmit(
                agencyUser(agency),
                report,
                sentBack.version(),
                new ProgrammeMonitoring.ReportInput(ProgressStatus.DONE, "Bản đã bổ sung.", Map.of()),
                List.of());

        // then it awaits review again, with the new text
        ReportView resubmitted = monitoring.report(agencyUser(agency), report);
        assertThat(sentBack.state()).isEqualTo(ReportState.CHANGES_REQUESTED);
        assertThat(resubmitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(resubmitted.narrative()).isEqualTo("Bản đã bổ sung.");
        assertThat(resubmitted.progress()).isEqualTo(ProgressStatus.DONE);
    }

    @Test
    void theSummaryDownloadsAsPdfAndExcelWithTheTaskGroupsAndIndicators() throws Exception {
        // given an assignment of task group 5 with an accepted report for the third quarter of 2026
        UUID agency = testUsers.agency();
        String title = "Hỗ trợ truy xuất nguồn gốc sản phẩm "
                + UUID.randomUUID().toString().substring(0, 6);
        UUID assignment = monitoring.assign(new AssignmentData(
                groupId(5), title, null, agency, Set.of(), null, Recurrence.QUARTERLY, LocalDate.of(2026, 1, 1), null));
        UUID report = monitoring.submit(
                agencyUser(agency),
                assignment,
                "2026-Q3",
                new ProgrammeMonitoring.ReportInput(
                        ProgressStatus.IN_PROGRESS, "Đã hỗ trợ 12 hợp tác xã gắn mã QR.", Map.of()),
                List.of());
        monitoring.accept(report, 0, null);
        String staff = testUsers.create(Role.STAFF);

        // when STAFF downloads the summary for Q3 2026 as PDF
        MockHttpServletResponse pdf = get("/programs/manage/" + PROGRAMME + "/summary.pdf?period=2026-Q3", staff);

        // then it is a PDF with the heading, the numbered task groups, the report and the indicator table
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("bao-cao-54-CTr-TU-2026-Q3.pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("54-CTr/TU")
                .contains("Quý 3 năm 2026")
                .contains("5. Phát triển mạnh thị trường khoa học")
                .contains("Đã hỗ trợ 12 hợp tác xã gắn mã QR.")
                .contains("Tỷ lệ chi ngân sách cho khoa học và công nghệ");

        // when STAFF downloads it as Excel
        MockHttpServletResponse excel = get("/programs/manage/" + PROGRAMME + "/summary.xlsx?period=2026-Q3", staff);

        // then the workbook lists the assignment with its report, and the indicators with their 2026 target
        assertThat(excel.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.getContentAsByteArray()))) {
            Sheet tasks = workbook.getSheet("Nhiệm vụ");
            Row row = findRow(tasks, title);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("5. ");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Đã hỗ trợ 12 hợp tác xã gắn mã QR.");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Đã tiếp nhận");
            Sheet indicators = workbook.getSheet("Chỉ tiêu");
            Row share =
                    findRow(indicators, "Tỷ lệ chi ngân sách cho khoa học và công nghệ trên tổng chi ngân sách tỉnh");
            assertThat(share.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    private UUID assign(int group, UUID agency, Recurrence recurrence) {
        return monitoring.assign(new AssignmentData(
                groupId(group),
                "Nhiệm vụ thử nghiệm " + UUID.randomUUID().toString().substring(0, 6),
                null,
                agency,
                Set.of(),
                null,
                recurrence,
                LocalDate.of(2024, 4, 8),
                null));
    }

    private UUID groupId(int position) {
        return monitoring.programme(PROGRAMME).taskGroups().get(position - 1).id();
    }

    private BigDecimal currentYearValue(String code) {
        int year = LocalDate.now(ReportDeadline.VIETNAM).getYear();
        return indicator(monitoring.dashboard(PROGRAMME, false), code).series().stream()
                .filter(p -> p.year() == year)
                .findFirst()
                .orElseThrow()
                .actual();
    }

    private static IndicatorView indicator(Dashboard dashboard, String code) {
        return dashboard.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static CurrentUser agencyUser(UUID agency) {
        return new CurrentUser(new vn.doimoi.identity.UserId(UUID.randomUUID()), "agency", Set.of(Role.AGENCY), agency);
    }

    private MockHttpServletResponse get(String path, String username) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (username != null) {
            request.with(user(testUsers.principal(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static Row findRow(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                var cell = row.getCell(c);
                if (cell != null
                        && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }
}
