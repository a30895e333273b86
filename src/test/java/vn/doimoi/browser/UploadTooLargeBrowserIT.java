package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.projects.execution.SignedTasks;
import vn.doimoi.projects.execution.TaskExecutions;

/**
 * A host attaches files too large for the acceptance dossier in a real browser: the page says why
 * in Vietnamese as soon as the file is chosen, for one file over 20 MB and for files together over
 * the request's 25 MB, nothing is sent, and what the host typed is still there; with a file within
 * the limits the same form goes through. (The server's own refusal, for clients without the
 * page's script, is UploadLimitIT's.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadTooLargeBrowserIT {

    private static final long MB = 1024 * 1024;
    private static final String NOTICE = "Đã nộp hồ sơ đánh giá, nghiệm thu.";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TaskExecutions executions;

    private WebDriver browser;
    private Path files;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        files = Files.createTempDirectory("doimoi-upload");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (files != null) {
            try (var list = Files.list(files)) {
                for (Path file : list.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(files);
        }
    }

    @Test
    void theHostIsToldInVietnameseThatTheFileIsTooLargeAndKeepsWhatItTyped() throws Exception {
        // given a host on the page of its task in progress
        UUID host = testUsers.organisation();
        CurrentUser canbo =
                new CurrentUser(new UserId(UUID.randomUUID()), "canbo-tai-len", EnumSet.of(Role.STAFF), null);
        UUID task = SignedTasks.inProgress(executions, canbo, host);
        signIn(testUsers.create(Role.ORG_MEMBER, host));
        String page = "http://localhost:" + port + "/execution/tasks/" + task;

        // when it fills the acceptance dossier and chooses a 21 MB file
        browser.get(page);
        fillDossier();
        browser.findElement(By.id("evidence"))
                .sendKeys(pdf("bao-cao-21mb.pdf", 21 * MB).toString());

        // then the page says why at once, beside the file
        expectLimitMessage("Tệp quá lớn: tối đa 20 MB");
        Browser.screenshot(browser, "upload-01-file-too-large");

        // when it sends anyway, then nothing is sent and what it typed is still there
        submit();
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.findElement(By.id("finalReport")).getDomProperty("value"))
                .isEqualTo("Báo cáo tổng hợp kết quả nhiệm vụ");
        assertThat(browser.findElement(By.id("selfAssessment")).getDomProperty("value"))
                .isEqualTo("Tự đánh giá: Đạt");
        assertThat(executions.task(canbo, task).acceptance()).isNull();

        // when it chooses two files of 15 MB instead (each within 20 MB, together over 25 MB)
        WebElement evidence = browser.findElement(By.id("evidence"));
        evidence.clear();
        evidence.sendKeys(pdf("phu-luc-1.pdf", 15 * MB) + "\n" + pdf("phu-luc-2.pdf", 15 * MB));

        // then the page names the request's limit
        expectLimitMessage("Dữ liệu gửi lên quá lớn: tổng các tệp tối đa 25 MB");

        // when it chooses a small file, then the message goes and the dossier is received
        evidence.clear();
        evidence.sendKeys(pdf("bien-ban.pdf", 64 * 1024).toString());
        assertThat(browser.findElements(By.id("evidence-upload-limit"))).isEmpty();
        submit();
        Browser.expectNotice(browser, NOTICE);
        assertThat(executions.task(canbo, task).acceptance()).isNotNull();
    }

    private void expectLimitMessage(String expected) {
        Browser.expectText(browser, By.id("evidence-upload-limit"), expected::equals, "\"" + expected + "\"");
    }

    private void fillDossier() {
        browser.findElement(By.id("finalReport")).sendKeys("Báo cáo tổng hợp kết quả nhiệm vụ");
        browser.findElement(By.id("summaryReport")).sendKeys("Tóm tắt");
        browser.findElement(By.id("selfAssessment")).sendKeys("Tự đánh giá: Đạt");
        browser.findElement(By.id("contributions")).sendKeys("Nguyễn Văn An: 100");
    }

    private void submit() {
        browser.findElement(By.cssSelector("#acceptance-form button[type=submit]"))
                .click();
    }

    /** A sparse file of the given size that starts like a PDF. */
    private Path pdf(String name, long size) throws IOException {
        Path file = files.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            out.setLength(size);
        }
        return file;
    }

    private void signIn(String username) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        browser.findElement(By.cssSelector(".account .user-name"));
    }
}
