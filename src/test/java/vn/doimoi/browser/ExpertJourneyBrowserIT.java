package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.MovableClock;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.CallData;
import vn.doimoi.projects.DossierData;
import vn.doimoi.projects.ProductSpec;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.rules.CouncilRole;
import vn.doimoi.projects.selection.Dossiers;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.SelectionCouncil;

/**
 * Issue 18's EXPERT journey, without typing a URL after sign-in: the expert lands on "Việc của tôi",
 * opens one council's invitation and declares a conflict (off that council), opens the other's,
 * commits to no conflict, and once STAFF has started the meeting scores the sheet from the link on
 * "Việc của tôi", choosing every mark (none comes pre-filled); then nothing waits for them there.
 * Desktop (1366 px) and phone (390 px); screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExpertJourneyBrowserIT extends BrowserTest {

    @TestConfiguration
    static class ClockConfig {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The selection council's seven seats; the expert with an account takes the first. */
    private static final List<CouncilRole> ROLES = List.of(
            CouncilRole.CHAIR,
            CouncilRole.VICE_CHAIR,
            CouncilRole.REVIEWER,
            CouncilRole.REVIEWER,
            CouncilRole.SECRETARY,
            CouncilRole.MEMBER,
            CouncilRole.MEMBER);

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    Selection selection;

    @Autowired
    Dossiers dossiers;

    @Autowired
    SelectionCouncil selectionCouncil;

    @Autowired
    Councils councils;

    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    @Test
    void anExpertDeclaresAConflictOnOneCouncilAndScoresOnAnotherOnADesktop() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        walk("1366", false);
    }

    @Test
    void anExpertDeclaresAConflictOnOneCouncilAndScoresOnAnotherOnAPhone() {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.manage().window().setSize(new Dimension(390, 844));
        walk("390", true);
    }

    private void walk(String width, boolean phone) {
        // given an expert with an account, invited to two selection councils of two calls
        String staff = testUsers.create(Role.STAFF);
        String expertUser = testUsers.create(Role.EXPERT);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID expert = expert("Chuyên gia Phạm Minh Khoa " + suffix, expertUser);
        Call conflicted = call(staff, "Nghiên cứu giống lúa chịu mặn " + suffix);
        Call scored = call(staff, "Ứng dụng IoT trong nuôi tôm " + suffix);
        clock.setOffset(Duration.ofDays(1)); // both deadlines have passed
        UUID conflictCouncil = council(staff, conflicted, expert, suffix);
        UUID scoreCouncil = council(staff, scored, expert, suffix);
        String declareConflictLine = "Khai báo xung đột lợi ích: hội đồng tuyển chọn đợt " + conflicted.code();
        String declareLine = "Khai báo xung đột lợi ích: hội đồng tuyển chọn đợt " + scored.code();
        String scoreLine = "Chấm phiếu: hội đồng tuyển chọn đợt " + scored.code();

        // when the expert signs in, "Việc của tôi" lists both invitations
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(expertUser);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(browser.getCurrentUrl()).endsWith("/me");
        assertThat(section("me.section.invitations")).contains(declareConflictLine, declareLine);
        Browser.screenshot(browser, "expert-" + width + "-01-my-work");

        // and they follow the first invitation and declare a conflict
        browser.findElement(By.linkText(declareConflictLine)).click();
        assertThat(browser.findElement(By.id("council-state")).getText()).isEqualTo("Đang thành lập");
        assertThat(browser.findElement(By.id("conflict-form")).getText())
                .contains("Nếu có quan hệ với tổ chức hoặc cá nhân đăng ký mà dữ liệu chưa thể hiện");
        browser.findElement(By.cssSelector("#conflict-form button")).click();

        // then they are off that council, with the reason on its member list
        Browser.expectNotice(browser, "Đã ghi nhận khai báo có xung đột lợi ích: thành viên không tham gia đánh giá");
        assertThat(browser.findElement(By.id("my-seat-section")).getText())
                .contains("Bạn không tham gia đánh giá do xung đột lợi ích.");
        assertThat(browser.findElements(By.id("declare-form"))).isEmpty();
        assertThat(memberRow("Phạm Minh Khoa " + suffix))
                .contains("Bị loại do xung đột lợi ích", "Tự khai có xung đột lợi ích");
        Browser.screenshot(browser, "expert-" + width + "-02-conflict-declared");

        // when they go back to "Việc của tôi", only the other council waits, and they commit there
        menu(phone, "Việc của tôi");
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(section("me.section.invitations")).contains(declareLine).doesNotContain(declareConflictLine);
        browser.findElement(By.linkText(declareLine)).click();
        assertThat(browser.findElement(By.id("declare-form")).getText()).contains("Cam kết và xem hồ sơ");
        browser.findElement(By.cssSelector("#declare-form button")).click();
        Browser.expectNotice(browser, "Đã cam kết không xung đột lợi ích");
        assertThat(memberRow("Phạm Minh Khoa " + suffix)).contains("Đã cam kết không xung đột lợi ích");
        // before the meeting there is nothing to score yet
        assertThat(browser.findElements(By.cssSelector(".score-form"))).isEmpty();
        Browser.screenshot(browser, "expert-" + width + "-03-committed");

        // when STAFF starts the meeting (the six other members declared on paper)
        as(staff, () -> {
            councils.start(
                    scoreCouncil,
                    selectionCouncil.council(scoreCouncil).version(),
                    Set.copyOf(councilMembers(scoreCouncil)));
            return null;
        });

        // then "Việc của tôi" asks the expert to score, and no invitation is left
        menu(phone, "Việc của tôi");
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(section("me.section.invitations")).contains("Không có lời mời nào chờ bạn khai báo.");
        assertThat(section("me.section.scoring")).contains(scoreLine);
        browser.findElement(By.linkText(scoreLine)).click();

        // and the sheet comes with every mark empty: the expert chooses each one
        WebElement form = browser.findElement(By.cssSelector(".score-form"));
        List<WebElement> marks = form.findElements(By.cssSelector("input.score"));
        assertThat(marks).hasSizeGreaterThan(1);
        assertThat(marks)
                .allSatisfy(mark -> assertThat(mark.getAttribute("value")).isEmpty());
        assertThat(form.findElement(By.cssSelector("output.score-total")).getText())
                .isEqualTo("0");
        int total = 0;
        for (WebElement mark : marks) {
            int chosen = Integer.parseInt(mark.getAttribute("max")) * 4 / 5;
            mark.sendKeys(Integer.toString(chosen));
            total += chosen;
        }
        assertThat(form.findElement(By.cssSelector("output.score-total")).getText())
                .isEqualTo(Integer.toString(total));
        form.findElement(By.tagName("textarea")).sendKeys("Thuyết minh rõ ràng, sản phẩm khả thi.");
        Browser.screenshot(browser, "expert-" + width + "-04-sheet");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        // then the sheet is saved with the marks chosen
        Browser.expectNotice(browser, "Đã lưu phiếu đánh giá.");
        assertThat(browser.findElement(By.id("council-state")).getText()).isEqualTo("Đang họp");
        assertThat(browser.findElement(By.cssSelector(".score-form output.score-total"))
                        .getText())
                .isEqualTo(Integer.toString(total));
        Browser.screenshot(browser, "expert-" + width + "-05-sheet-saved");

        // and "Việc của tôi" no longer lists either council
        menu(phone, "Việc của tôi");
        Browser.expectText(browser, By.tagName("h1"), "Việc của tôi"::equals, "Việc của tôi");
        assertThat(section("me.section.scoring")).contains("Không có phiếu nào chờ bạn chấm.");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(conflicted.code(), scored.code());
        Browser.screenshot(browser, "expert-" + width + "-06-nothing-left");
        assertThat(conflictCouncil).isNotEqualTo(scoreCouncil);
    }

    /** A call with today's deadline and one dossier received on paper. */
    private Call call(String staff, String title) {
        return as(staff, () -> {
            LocalDate today = LocalDate.now(clock.withZone(TaskSelectionBrowserIT.VIETNAM));
            UUID call = selection.createCall(new CallData(
                    title,
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    "Đạt năng suất cao trên đất nhiễm mặn.",
                    "Tổ chức có tư cách pháp nhân.",
                    "B1-1-ĐON; B1-2a-TMĐTCN",
                    List.of(),
                    null,
                    new BigDecimal("1500000000"),
                    18,
                    today,
                    null,
                    List.of(new CallData.Product(
                            null,
                            "Quy trình kỹ thuật",
                            "01 quy trình",
                            List.of(new ProductSpec("Năng suất", "tấn/ha", "≥ 6"))))));
            selection.openCall(call, selection.call(call).version());
            dossiers.recordPaperDossier(
                    call,
                    testUsers.organisation(),
                    new DossierData(
                            expert("Chủ nhiệm " + title, null),
                            List.of(),
                            List.of(),
                            "Đạt năng suất cao trên đất nhiễm mặn.",
                            "Thí nghiệm trên 3 vụ tại 2 huyện.",
                            "Thí nghiệm đồng ruộng có đối chứng.",
                            "18 tháng",
                            18,
                            List.of(new DossierData.Line(
                                    "Thuê khoán chuyên môn", new BigDecimal("900000000"), BigDecimal.ZERO))));
            return new Call(call, selection.call(call).code());
        });
    }

    /**
     * After the deadline STAFF opens the dossiers and forms the council: the expert in the chair, six
     * members without accounts whose signed paper declarations STAFF records.
     */
    private UUID council(String staff, Call call, UUID expert, String suffix) {
        return as(staff, () -> {
            selection.openDossiers(call.id(), selection.call(call.id()).version(), "Mở 1 hồ sơ hợp lệ.", Map.of());
            UUID council = selectionCouncil.createCouncil(call.id(), "45/QĐ-SKHCN");
            Map<UUID, CouncilRole> seats = new LinkedHashMap<>();
            seats.put(expert, ROLES.get(0));
            List<UUID> paper = new ArrayList<>();
            for (CouncilRole role : ROLES.subList(1, ROLES.size())) {
                UUID member = expert("Thành viên " + role + " " + paper.size() + " " + suffix, null);
                paper.add(member);
                seats.put(member, role);
            }
            councils.seat(council, selectionCouncil.council(council).version(), seats);
            paper.forEach(member -> councils.declareOnPaper(council, member));
            return council;
        });
    }

    private List<UUID> councilMembers(UUID council) {
        return selectionCouncil.council(council).members().stream()
                .map(member -> member.personId())
                .toList();
    }

    private UUID expert(String name, String username) {
        return people.create(
                new PersonData(
                        name,
                        null,
                        Degree.TS,
                        "Chuyên gia nông nghiệp",
                        null,
                        null,
                        null,
                        Set.of(),
                        "Nông nghiệp công nghệ cao",
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null),
                username);
    }

    /** The text of a section of "Việc của tôi", by its heading's key. */
    private String section(String key) {
        return browser.findElement(By.cssSelector("section[aria-labelledby='" + key + "']"))
                .getText();
    }

    private String memberRow(String name) {
        return browser.findElement(By.id("members")).findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the council"));
    }

    /** Follows an item of the site menu, opening the folded menu first on a phone. */
    private void menu(boolean phone, String item) {
        if (phone && !browser.findElement(By.id("site-sections")).isDisplayed()) {
            browser.findElement(By.cssSelector(".menu-toggle")).click();
        }
        browser.findElement(By.id("site-sections"))
                .findElement(By.linkText(item))
                .click();
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private record Call(UUID id, String code) {}
}
