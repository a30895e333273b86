package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Issue 21's initiative journey: an enterprise member declares an initiative on a 390 px phone and
 * attaches the minutes of its application; STAFF find it on "Việc của tôi", accept it, form its
 * council and seat three experts; one expert declares no conflict and scores from "Việc của tôi" in
 * the browser (the two others through the services, as themselves); STAFF start and conclude the
 * council, find the recognition on "Việc của tôi" and record it; the author downloads the certificate
 * (a PDF naming the initiative and the decision), and a visitor on a phone finds it on the honour
 * roll. Screenshots in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(OtherPeople.class)
class InitiativeJourneyBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TestUsers users;

    @Autowired
    OtherPeople others;

    @Autowired
    ReviewCouncils councils;

    @Test
    void aMemberDeclaresAnExpertScoresStaffRecogniseAndTheCertificateAndHonourRollFollow() throws Exception {
        String title = "Bẫy đèn năng lượng mặt trời diệt rầy nâu "
                + UUID.randomUUID().toString().substring(0, 6);
        String member = users.create(Role.ORG_MEMBER);
        String staff = users.create(Role.STAFF);
        List<String> experts = List.of(users.create(Role.EXPERT), users.create(Role.EXPERT), users.create(Role.EXPERT));
        List<UUID> people = List.of(
                others.expert(
                        "Nguyễn Hữu Phước " + title.substring(title.length() - 6),
                        experts.get(0),
                        users.organisation()),
                others.expert(
                        "Trần Thị Ngọc Hân " + title.substring(title.length() - 6),
                        experts.get(1),
                        users.organisation()),
                others.expert(
                        "Võ Minh Trí " + title.substring(title.length() - 6), experts.get(2), users.organisation()));

        // given the member on a phone, from "Việc của tôi" to the initiatives through the menu's ecosystem hub
        Journey phone = new Journey(browser, port, true);
        phone.signIn(member);
        phone.openEcosystem("/ecosystem/initiatives");
        browser.findElement(By.id("declare-link")).click();

        // when they declare the initiative with its scope and benefit, and attach the minutes
        WebElement form = browser.findElement(By.id("initiative-form"));
        // the author's name comes filled with the account's; the member writes the author's own
        form.findElement(By.id("authorName")).clear();
        form.findElement(By.id("authorName")).sendKeys("Lê Văn Tâm");
        form.findElement(By.id("title")).sendKeys(title);
        form.findElement(By.id("field")).sendKeys("Bảo vệ thực vật");
        form.findElement(By.id("description"))
                .sendKeys("Đèn LED bước sóng 365 nm nạp pin mặt trời, tự bật lúc chạng vạng, khay nước xà phòng.");
        form.findElement(By.id("scope")).sendKeys("Ruộng lúa của ba hợp tác xã ở xã Mộc Hóa");
        form.findElement(By.id("appliedSince"))
                .sendKeys(DAY.format(LocalDate.now().minusMonths(10)));
        form.findElement(By.id("economicBenefit")).sendKeys("240000000");
        form.findElement(By.id("socialBenefit")).sendKeys("Giảm hai lần phun thuốc mỗi vụ");
        form.findElement(By.id("authorShare")).clear();
        form.findElement(By.id("authorShare")).sendKeys("100");
        Browser.screenshot(browser, "initiative-1-declare-phone");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã nộp hồ sơ sáng kiến.");
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Path minutes = Files.createTempFile("bien-ban-ap-dung-", ".pdf");
        Files.write(minutes, pdf("Bien ban ap dung sang kien tai HTX Moc Hoa"));
        browser.findElement(By.id("file")).sendKeys(minutes.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#evidence-form button[type=submit]"))
                .click();
        Browser.expectNotice(browser, "Đã thêm tài liệu.");
        assertThat(browser.findElement(By.id("initiative-state")).getText()).isEqualTo("Đã nộp, chờ kiểm tra");
        String page = browser.getCurrentUrl();
        UUID initiative = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

        // then STAFF find it on "Việc của tôi", accept it and form its council
        Journey desk = new Journey(browser, port, false);
        desk.signIn(staff);
        desk.workItem("Kiểm tra hồ sơ sáng kiến: " + title).click();
        browser.findElement(By.cssSelector("#accept-form button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã tiếp nhận hồ sơ.");
        browser.findElement(By.id("decisionNumber")).sendKeys("101/QĐ-SKHCN");
        browser.findElement(By.cssSelector("#council-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("council-state"), text -> !text.isBlank(), "the council page");
        String councilPage = browser.getCurrentUrl();
        UUID council = UUID.fromString(councilPage.substring(councilPage.lastIndexOf('/') + 1));
        String[] roles = {"CHAIR", "REVIEWER", "SECRETARY"};
        for (int i = 0; i < 3; i++) {
            new Select(browser.findElement(By.id("role-" + people.get(i)))).selectByValue(roles[i]);
        }
        Browser.screenshot(browser, "initiative-2-seat-council");
        browser.findElement(By.cssSelector("#seat-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("members"), text -> text.contains("Nguyễn Hữu Phước"), "the seated members");

        // the first expert declares no conflict from "Việc của tôi"; the two others on their own
        desk.signIn(experts.get(0));
        desk.workItemStarting("Khai báo xung đột lợi ích").click();
        browser.findElement(By.cssSelector("#declare-form button[type=submit]")).click();
        Browser.expectText(
                browser, By.id("members"), text -> text.contains("Đã cam kết không xung đột lợi ích"), "declared");
        for (String expert : experts.subList(1, 3)) {
            others.as(expert, () -> {
                councils.declareNoConflict(council);
                return null;
            });
        }

        // STAFF start the meeting with all three present
        desk.signIn(staff);
        browser.get(councilPage);
        browser.findElement(By.cssSelector("#start-form button[type=submit]")).click();
        Browser.expectText(browser, By.id("council-state"), "Đang họp"::equals, "in session");

        // the expert scores from "Việc của tôi", choosing every mark
        desk.signIn(experts.get(0));
        desk.workItemStarting("Chấm điểm").click();
        Map<String, String> marks = Map.of("NOVELTY", "24", "APPLICATION", "30", "BENEFIT", "29");
        marks.forEach((code, mark) ->
                browser.findElement(By.id("score-" + initiative + "-" + code)).sendKeys(mark));
        Browser.screenshot(browser, "initiative-3-expert-scores");
        browser.findElement(By.cssSelector("#score-" + initiative + " button[type=submit]"))
                .click();
        Browser.expectText(
                browser, By.cssSelector("#score-" + initiative + " .score-total"), "83"::equals, "the saved total");
        for (String expert : experts.subList(1, 3)) {
            others.as(expert, () -> {
                councils.score(council, initiative, Map.of("NOVELTY", 22, "APPLICATION", 28, "BENEFIT", 27), null);
                return null;
            });
        }

        // STAFF conclude, then record the recognition from "Việc của tôi"
        desk.signIn(staff);
        browser.get(councilPage);
        browser.findElement(By.cssSelector("#conclude-form button[type=submit]"))
                .click();
        Browser.expectText(browser, By.id("council-state"), "Đã kết luận"::equals, "concluded");
        assertThat(browser.findElement(By.id("results")).getText()).contains(title);
        desk.openMyWork();
        desk.workItem("Ghi quyết định công nhận sáng kiến: " + title).click();
        assertThat(browser.findElement(By.id("initiative-state")).getText()).isEqualTo("Hội đồng đề nghị công nhận");
        WebElement decision = browser.findElement(By.id("recognise-form"));
        decision.findElement(By.id("number")).sendKeys("230/QĐ-UBND");
        decision.findElement(By.id("date")).sendKeys(DAY.format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))));
        decision.findElement(By.id("signer")).sendKeys("Phó Chủ tịch UBND tỉnh Nguyễn Văn Út");
        Browser.screenshot(browser, "initiative-4-recognise");
        decision.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.expectNotice(browser, "Đã ghi quyết định công nhận sáng kiến.");
        assertThat(browser.findElement(By.id("initiative-state")).getText()).isEqualTo("Đã công nhận");
        assertThat(desk.pageWidth()).isLessThanOrEqualTo(1366);

        // the author sees it recognised, with the certificate to download
        phone = new Journey(browser, port, true);
        phone.signIn(member);
        browser.get("http://localhost:" + port + "/ecosystem/initiatives/my");
        browser.findElement(By.linkText(title)).click();
        String certificate = browser.findElement(By.id("certificate-link")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(certificate)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("230/QĐ-UBND").contains("Lê Văn Tâm").doesNotContain("org-member");

        // and a visitor on a phone finds it on the honour roll
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/ecosystem/initiatives");
        Browser.expectText(browser, By.id("honour-roll"), roll -> roll.contains(title), "the honour roll");
        assertThat(phone.pageWidth()).isLessThanOrEqualTo(390);
        Browser.screenshot(browser, "initiative-5-honour-roll-phone");
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
