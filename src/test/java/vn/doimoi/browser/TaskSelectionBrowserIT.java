package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.TaskApproved;
import vn.doimoi.projects.selection.Selection;

/**
 * The journey in a real browser: STAFF opens a call; a member submits a dossier; after
 * the deadline STAFF opens it and forms a council in which the expert from the applicant's own
 * organisation is excluded automatically; three members score online (two more sheets come on
 * paper); the vote count and the minutes PDF appear; the approved task is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TaskSelectionBrowserIT {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        ApprovedTasks approvedTasks() {
            return new ApprovedTasks();
        }
    }

    /** The TaskApproved events part 2 receives. */
    static final class ApprovedTasks {
        final List<TaskApproved> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(TaskApproved event) {
            events.add(event);
        }
    }

    @Autowired
    ApprovedTasks approvedTasks;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    Directory directory;

    @Autowired
    Selection selection;

    @Autowired
    vn.doimoi.projects.councils.Councils councils;

    @Autowired
    vn.doimoi.projects.selection.SelectionCouncil selectionCouncil;

    @Autowired
    vn.doimoi.projects.selection.Dossiers desk;

    @Autowired
    MovableClock clock;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void staffOpensACallAMemberAppliesTheCouncilExcludesTheApplicantsExpertScoresAndTheTaskIsApproved()
            throws Exception {
        // given an applicant with a member account and its scientist (an expert), seven outside experts
        // (three of them with accounts), and a STAFF user
        UUID applicant = testUsers.organisation();
        String applicantName = directory.organisation(applicant).orElseThrow().name();
        String member = testUsers.create(Role.ORG_MEMBER, applicant);
        String staff = testUsers.create(Role.STAFF);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID insider = expert("Trương Văn Nội " + suffix, applicant, null);
        List<String> expertUsers = new ArrayList<>();
        List<UUID> online = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = testUsers.create(Role.EXPERT);
            expertUsers.add(username);
            online.add(expert("Chuyên gia trực tuyến " + i + " " + suffix, null, username));
        }
        List<UUID> paper = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            paper.add(expert("Chuyên gia " + i + " " + suffix, null, null));
        }
        String title = "Nghiên cứu quy trình canh tác lúa hữu cơ giảm phát thải " + suffix;
        String today = LocalDate.now(clock).toString();

        // when STAFF creates and publishes a call with today's deadline
        signIn(staff);
        browser.findElement(By.linkText("Quản lý nhiệm vụ KH&CN")).click();
        browser.findElement(By.id("new-call")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("objectives")).sendKeys("Quy trình canh tác lúa hữu cơ đạt năng suất cao.");
        browser.findElement(By.id("eligibility")).sendKeys("Tổ chức có tư cách pháp nhân.");
        browser.findElement(By.id("requiredForms")).sendKeys("B1-1-ĐON; B1-2a-TMĐTCN; B1-4-LLCN");
        browser.findElement(By.id("budgetCeiling")).sendKeys("1.500.000.000");
        setValue(browser.findElement(By.id("deadlineOn")), today);
        browser.findElement(By.id("productName0")).sendKeys("Quy trình canh tác lúa hữu cơ");
        browser.findElement(By.id("productQuantity0")).sendKeys("01 quy trình");
        browser.findElement(By.id("productSpecs0")).sendKeys("Năng suất | tấn/ha | ≥ 6,5");
        Browser.screenshot(browser, "tasks-01-call-form");
        browser.findElement(By.cssSelector("#call-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã tạo thông báo (bản nháp).");
        browser.findElement(By.cssSelector("#open-call button")).click();

        // then the call is open
        Browser.expectNotice(browser, "Đã công bố thông báo tuyển chọn.");
        assertThat(browser.findElement(By.id("call-state")).getText()).isEqualTo("Đang nhận hồ sơ");
        signOut();

        // when the member finds it among the open calls, fills the description and submits
        signIn(member);
        browser.findElement(By.linkText("Tuyển chọn nhiệm vụ")).click();
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.findElement(By.cssSelector(".products")).getText()).contains("Năng suất: ≥ 6,5 tấn/ha");
        browser.findElement(By.cssSelector("#apply-form button")).click();
        new Select(browser.findElement(By.id("principalInvestigatorId"))).selectByValue(insider.toString());
        browser.findElement(By.id("content")).sendKeys("Thí nghiệm trên 3 vụ lúa tại 2 huyện.");
        browser.findElement(By.id("methods")).sendKeys("Thí nghiệm đồng ruộng có đối chứng.");
        browser.findElement(By.id("item0")).sendKeys("Thuê khoán chuyên môn");
        browser.findElement(By.id("state0")).sendKeys("900.000.000");
        browser.findElement(By.id("other0")).sendKeys("100.000.000");
        browser.findElement(By.cssSelector("#dossier-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã lưu hồ sơ.");
        assertThat(browser.findElement(By.id("dossier-state-budget")).getText()).isEqualTo("900.000.000 ₫");
        browser.findElement(By.cssSelector("#submit-form button")).click();

        // then the dossier is submitted with a receipt carrying its content hash
        Browser.expectNotice(browser, "Đã nộp hồ sơ.");
        assertThat(browser.findElement(By.id("dossier-state")).getText()).isEqualTo("Đã nộp");
        assertThat(browser.findElement(By.id("receipt-hash")).getText()).matches("[0-9a-f]{64}");
        Browser.screenshot(browser, "tasks-02-receipt");
        signOut();

        // when the deadline has passed (receipt closes by itself), STAFF opens the dossiers and forms the council
        clock.setOffset(Duration.ofDays(1));
        signIn(staff);
        browser.findElement(By.linkText("Quản lý nhiệm vụ KH&CN")).click();
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.findElement(By.id("call-state")).getText()).isEqualTo("Hết hạn nhận hồ sơ");
        browser.findElement(By.id("minutes")).sendKeys("Mở 1 hồ sơ; hồ sơ đầy đủ, hợp lệ.");
        browser.findElement(By.cssSelector("#open-dossiers button")).click();
        Browser.expectNotice(browser, "Đã mở hồ sơ và ghi nhận kết quả kiểm tra tính hợp lệ.");
        assertThat(browser.findElement(By.id("call-dossiers")).getText()).contains(applicantName, "Hợp lệ");
        browser.findElement(By.id("decisionNumber")).sendKeys("45/QĐ-SKHCN");
        browser.findElement(By.cssSelector("#create-council button")).click();
        Browser.expectNotice(browser, "Đã thành lập hội đồng.");
        String councilUrl = browser.getCurrentUrl();
        UUID council = UUID.fromString(councilUrl.substring(councilUrl.lastIndexOf('/') + 1));
        assertThat(candidateRow(insider).getText()).contains("Đang làm việc tại tổ chức đăng ký chủ trì");
        role(online.get(0), "CHAIR");
        role(online.get(1), "REVIEWER");
        role(online.get(2), "REVIEWER");
        role(paper.get(0), "VICE_CHAIR");
        role(paper.get(1), "SECRETARY");
        role(paper.get(2), "MEMBER");
        role(paper.get(3), "MEMBER");
        role(insider, "MEMBER");
        browser.findElement(By.cssSelector("#seat-form button[type=submit]")).click();

        // then the applicant's own expert is seated as excluded, with the reason found in the data
        Browser.expectNotice(browser, "Đã cập nhật thành phần hội đồng.");
        WebElement insiderRow = browser.findElement(By.id("members")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Trương Văn Nội " + suffix))
                .findFirst()
                .orElseThrow();
        assertThat(insiderRow.getText())
                .contains("Bị loại do xung đột lợi ích", "Đang làm việc tại tổ chức đăng ký chủ trì");
        Browser.screenshot(browser, "tasks-03-council-excluded");
        signOut();

        // when the three members with accounts declare no conflict, and two signed paper declarations are entered
        for (String expert : expertUsers) {
            signIn(expert);
            browser.get(url("/councils/" + council));
            browser.findElement(By.cssSelector("#declare-form button")).click();
            Browser.expectNotice(browser, "Đã cam kết không xung đột lợi ích");
            signOut();
        }
        asUser(staff, () -> {
            paper.forEach(person -> councils.declareOnPaper(council, person));
            return null;
        });

        // and STAFF starts the meeting with five of the seven members present
        signIn(staff);
        browser.get(url("/councils/" + council));
        browser.findElement(By.id("present-" + paper.get(2))).click();
        browser.findElement(By.id("present-" + paper.get(3))).click();
        browser.findElement(By.cssSelector("#start-form button")).click();
        Browser.expectNotice(browser, "Phiên họp đã bắt đầu.");
        signOut();
        UUID dossier = asUser(
                staff, () -> selectionCouncil.council(council).dossiers().get(0).id());
        asUser(staff, () -> {
            for (UUID person : paper.subList(0, 2)) {
                councils.scoreOnPaper(
                        council,
                        person,
                        dossier,
                        vn.doimoi.projects.councils.SheetEntry.of(
                                Map.of("URGENCY", 12, "CONTENT", 24, "PRODUCTS", 16, "CAPACITY", 16, "IMPACT", 12),
                                "Phiếu giấy"));
            }
            return null;
        });

        // and the three members score online, seeing their total as they type
        int[] contents = {25, 26, 27};
        for (int i = 0; i < 3; i++) {
            signIn(expertUsers.get(i));
            browser.get(url("/councils/" + council));
            String prefix = "score-" + dossier + "-";
            browser.findElement(By.id(prefix + "URGENCY")).sendKeys("13");
            browser.findElement(By.id(prefix + "CONTENT")).sendKeys(Integer.toString(contents[i]));
            browser.findElement(By.id(prefix + "PRODUCTS")).sendKeys("17");
            browser.findElement(By.id(prefix + "CAPACITY")).sendKeys("16");
            browser.findElement(By.id(prefix + "IMPACT")).sendKeys("12");
            assertThat(browser.findElement(By.cssSelector("#score-" + dossier + " output.score-total"))
                            .getText())
                    .isEqualTo(Integer.toString(58 + contents[i]));
            if (i == 0) {
                Browser.screenshot(browser, "tasks-04-score-sheet");
            }
            browser.findElement(By.id("comment-" + dossier)).sendKeys("Thuyết minh rõ ràng.");
            browser.findElement(By.cssSelector("#score-" + dossier + " button")).click();
            Browser.expectNotice(browser, "Đã lưu phiếu đánh giá.");
            signOut();
        }

        // when STAFF ends the meeting and counts the votes
        signIn(staff);
        browser.get(url("/councils/" + council));
        browser.findElement(By.cssSelector("#conclude-form button")).click();

        // then the result shows the dossier passing with the average of five sheets: (80+80+83+84+85)/5
        Browser.expectNotice(browser, "Đã kiểm phiếu và kết luận.");
        assertThat(browser.findElement(By.id("results")).getText()).contains(applicantName, "82,4", "Đạt");
        Browser.screenshot(browser, "tasks-05-results");

        // and the minutes PDF reads back with the council's data
        HttpResponse<byte[]> pdf = download("/councils/" + council + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", applicantName, "Trương Văn Nội " + suffix);

        // when STAFF appraises the budget and records the approval decision
        browser.findElement(By.id("task-link")).click();
        browser.findElement(By.id("approvedState0")).clear();
        browser.findElement(By.id("approvedState0")).sendKeys("850.000.000");
        browser.findElement(By.cssSelector("#appraise-form button")).click();
        assertThat(problem()).contains("cần ghi lý do");
        browser.findElement(By.id("approvedState0")).clear();
        browser.findElement(By.id("approvedState0")).sendKeys("850.000.000");
        browser.findElement(By.id("reason0")).sendKeys("Giảm theo định mức thuê khoán");
        browser.findElement(By.cssSelector("#appraise-form button")).click();
        Browser.expectNotice(browser, "Đã ghi nhận kết quả thẩm định kinh phí.");
        // the appraised lines and their sum are shown before the approval decision
        assertThat(browser.findElement(By.id("appraised-lines")).getText()).contains("Giảm theo định mức thuê khoán");
        assertThat(browser.findElement(By.id("approved-state-total")).getText()).isEqualTo("850.000.000 ₫");
        browser.findElement(By.id("decisionNumber")).sendKeys("2150/QĐ-UBND");
        setValue(
                browser.findElement(By.id("decisionDate")), LocalDate.now(clock).toString());
        browser.findElement(By.id("signer")).sendKeys("Phó Chủ tịch UBND tỉnh");
        browser.findElement(By.cssSelector("#approve-form button")).click();
        Browser.expectNotice(browser, "Nhiệm vụ đã được phê duyệt, chờ ký hợp đồng.");
        signOut();

        // and part 2 is told, with the product as ordered (same id) and the appraised budget
        TaskApproved approved = approvedTasks.events.stream()
                .filter(e -> e.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(approved.hostOrganisationId()).isEqualTo(applicant);
        assertThat(approved.stateBudget()).isEqualByComparingTo("850000000");
        assertThat(approved.decisionNumber()).isEqualTo("2150/QĐ-UBND");
        assertThat(approved.products()).singleElement().satisfies(product -> {
            assertThat(product.productId())
                    .isEqualTo(asUser(
                                    staff,
                                    () -> selection.call(
                                            selection.task(approved.taskId()).callId()))
                            .products()
                            .get(0)
                            .productId());
            assertThat(product.specs().get(0).requiredValue()).isEqualTo("≥ 6,5");
        });

        // then anyone finds the approved task in the public register
        browser.findElement(By.linkText("Tuyển chọn nhiệm vụ")).click();
        browser.get(url("/tasks"));
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.findElement(By.id("task-state")).getText()).isEqualTo("Đã phê duyệt, chờ ký hợp đồng");
        assertThat(browser.findElement(By.id("task-host")).getText()).isEqualTo(applicantName);
        assertThat(browser.findElement(By.id("task-budget")).getText()).isEqualTo("850.000.000 ₫");
        Browser.screenshot(browser, "tasks-06-public-task");

        // and the one search finds it when typed without diacritics
        browser.get(url("/search?q=canh+tac+lua+huu+co+giam+phat+thai+" + suffix));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
    }

    private UUID expert(String name, UUID organisation, String username) {
        return people.create(
                new PersonData(
                        name,
                        null,
                        Degree.TS,
                        "Chuyên gia nông nghiệp",
                        organisation,
                        null,
                        null,
                        Set.of(),
                        "Canh tác lúa hữu cơ",
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                username);
    }

    private <T> T asUser(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private WebElement candidateRow(UUID person) {
        return browser.findElement(By.id("role-" + person)).findElement(By.xpath("./ancestor::tr"));
    }

    private void role(UUID person, String role) {
        new Select(browser.findElement(By.id("role-" + person))).selectByValue(role);
    }

    private void setValue(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private static String pdfText(byte[] bytes) throws Exception {
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String problem() {
        return browser.findElement(By.id("problem")).getText();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        browser.findElement(By.cssSelector(".account .user-name"));
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".account button")).click();
        browser.findElement(By.linkText("Đăng nhập"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
