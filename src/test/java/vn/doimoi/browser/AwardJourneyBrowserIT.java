package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ReviewCouncils;

/**
 * Issue 21's award journey: STAFF open a round of the provincial S&T awards; an enterprise member
 * nominates the enterprise with its evidence on a 390 px phone; STAFF find the new nomination on
 * "Việc của tôi", accept it and form the round's council of five (the award council's minimum); one
 * expert declares and scores in the browser from "Việc của tôi", the four others through the
 * services as themselves; STAFF conclude, find the decision on "Việc của tôi" and record it; a visitor
 * on a phone reads the honour roll. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(OtherPeople.class)
class AwardJourneyBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestUsers users;

    @Autowired
    OtherPeople others;

    @Autowired
    ReviewCouncils councils;

    @Test
    void aNominationGoesThroughScreeningCouncilAndDecisionToTheHonourRoll() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String roundTitle = "Giải thưởng khoa học và công nghệ tỉnh " + suffix;
        String achievement = "Dây chuyền sấy lạnh thanh long xuất khẩu " + suffix;
        String member = users.create(Role.ORG_MEMBER);
        String staff = users.create(Role.STAFF);
        List<String> experts = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        for (String name :
                List.of("Phan Thanh Bình", "Lý Thị Kim Oanh", "Đặng Quốc Huy", "Mai Văn Sơn", "Hồ Thị Lan")) {
            String expert = users.create(Role.EXPERT);
            experts.add(expert);
            people.add(others.expert(name + " " + suffix, expert, users.organisation()));
        }

        // given STAFF open a round for the enterprise category, from yesterday to a month from now
        Journey desk = new Journey(browser, port, false);
        desk.signIn(staff);
        browser.get("http://localhost:" + port + "/staff/ecosystem/awards");
        WebElement open = browser.findElement(By.id("round-form"));
        open.findElement(By.id("title")).sendKeys(roundTitle);
        open.findElement(By.id("opensOn")).sendKeys(DAY.format(TODAY.minusDays(1)));
        open.findElement(By.id("closesOn")).sendKeys(DAY.format(TODAY.plusDays(30)));
        for (WebElement box : open.findElements(By.name("categories"))) {
            if (box.isSelected() != "ENTERPRISE_INNOVATION".equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        open.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã mở đợt xét giải thưởng.");
        String staffRound = browser.getCurrentUrl();
        UUID round = UUID.fromString(staffRound.substring(staffRound.lastIndexOf('/') + 1));

        // when a member nominates the enterprise on a phone, with its evidence
        Journey phone = new Journey(browser, port, true);
        phone.signIn(member);
        browser.get("http://localhost:" + port + "/ecosystem/awards/" + round);
        browser.findElement(By.id("nominate-link")).click();
        WebElement form = browser.findElement(By.id("nomination-form"));
        new Select(form.findElement(By.id("category"))).selectByValue("ENTERPRISE_INNOVATION");
        form.findElement(By.cssSelector("input[name=nomineeKind][value=ORGANISATION]"))
                .click();
        form.findElement(By.id("achievement")).sendKeys(achievement);
        form.findElement(By.id("summary"))
                .sendKeys("Sấy lạnh 18 °C giữ màu và vitamin C; xuất khẩu 120 tấn sang Nhật Bản năm qua.");
        Browser.screenshot(browser, "award-1-nominate-phone");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã gửi hồ sơ đề cử. Hãy tải lên tài liệu chứng minh.");
        Path evidence = Files.createTempFile("minh-chung-giai-thuong-", ".pdf");
        Files.write(evidence, pdf("Hop dong xuat khau thanh long say lanh"));
        browser.findElement(By.id("file")).sendKeys(evidence.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#file-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã thêm tài liệu.");
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        String nominationPage = browser.getCurrentUrl();
        UUID nomination = UUID.fromString(nominationPage.substring(nominationPage.lastIndexOf('/') + 1));

        // then STAFF find it on "Việc của tôi", accept it and form the round's council
        desk = new Journey(browser, port, false);
        desk.signIn(staff);
        desk.workItem("Xét hồ sơ đề cử giải thưởng: " + roundTitle + " (1 hồ sơ mới)")
                .click();
        browser.findElement(By.cssSelector("#nomination-" + nomination + " .accept-form button[type=submit]"))
                .click();
        Browser.expectNotice(browser, "Đã tiếp nhận hồ sơ đề cử.");
        browser.findElement(By.cssSelector("#council-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("council-state"), text -> !text.isBlank(), "the council page");
        String councilPage = browser.getCurrentUrl();
        UUID council = UUID.fromString(councilPage.substring(councilPage.lastIndexOf('/') + 1));
        String[] roles = {"CHAIR", "REVIEWER", "SECRETARY", "MEMBER", "MEMBER"};
        for (int i = 0; i < roles.length; i++) {
            new Select(browser.findElement(By.id("role-" + people.get(i)))).selectByValue(roles[i]);
        }
        browser.findElement(By.cssSelector("#seat-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("members"), text -> text.contains("Hồ Thị Lan"), "five seated");
        Browser.screenshot(browser, "award-2-council");

        // the chair declares from "Việc của tôi"; the others on their own; STAFF start the meeting
        desk.signIn(experts.get(0));
        desk.workItemStarting("Khai báo xung đột lợi ích").click();
        browser.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
        Browser.expectText(
                browser, By.id("members"), text -> text.contains("Đã cam kết không xung đột lợi ích"), "declared");
        for (String expert : experts.subList(1, 5)) {
            others.as(expert, () -> {
                councils.declareNoConflict(council);
                return null;
            });
        }
        desk.signIn(staff);
        browser.get(councilPage);
        browser.findElement(By.cssSelector("#start-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("council-state"), "Đang họp"::equals, "in session");

        // the chair scores the nomination from "Việc của tôi"; the four others on their own
        desk.signIn(experts.get(0));
        desk.workItemStarting("Chấm điểm").click();
        Map.of("SCIENTIFIC_VALUE", "34", "IMPACT", "36", "APPLICATION", "17")
                .forEach((code, mark) -> browser.findElement(By.id("score-" + nomination + "-" + code))
                        .sendKeys(mark));
        browser.findElement(By.cssSelector("#score-" + nomination + " button[type=submit]"))
                .click();
        Browser.expectText(
                browser, By.cssSelector("#score-" + nomination + " .score-total"), "87"::equals, "the saved total");
        for (String expert : experts.subList(1, 5)) {
            others.as(expert, () -> {
                councils.score(
                        council, nomination, Map.of("SCIENTIFIC_VALUE", 32, "IMPACT", 35, "APPLICATION", 16), null);
                return null;
            });
        }

        // STAFF conclude, find the decision on "Việc của tôi" and record it
        desk.signIn(staff);
        browser.get(councilPage);
        browser.findElement(By.cssSelector("#conclude-form button[type=submit]"))
                .click();
        Browser.expectText(browser, By.id("council-state"), "Đã kết luận"::equals, "concluded");
        desk.openMyWork();
        desk.workItem("Ghi quyết định trao giải thưởng: " + roundTitle).click();
        WebElement decision = browser.findElement(By.id("decide-form"));
        decision.findElement(By.id("number")).sendKeys("95/QĐ-UBND");
        decision.findElement(By.id("date")).sendKeys(DAY.format(TODAY));
        decision.findElement(By.id("signer")).sendKeys("Chủ tịch UBND tỉnh Nguyễn Văn Út");
        Browser.screenshot(browser, "award-3-decide");
        decision.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi quyết định trao giải; bảng vinh danh đã được công bố.");
        assertThat(browser.findElement(By.cssSelector("#nomination-" + nomination + " .nomination-state"))
                        .getText())
                .isEqualTo("Được trao giải");

        // and a visitor on a phone reads the honour roll, with the certificate
        browser.manage().deleteAllCookies();
        phone = new Journey(browser, port, true);
        browser.get("http://localhost:" + port + "/ecosystem/awards/" + round);
        Browser.expectText(browser, By.id("honour-roll"), roll -> roll.contains(achievement), "the honour roll");
        assertThat(browser.findElements(By.cssSelector("#honour-roll a[href$='certificate.pdf']")))
                .hasSize(1);
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "award-4-honour-roll-phone");
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }
}
