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
 * A host attaches files too large for the acceptance dossier in a real browser: the form comes
 * back with the reason in Vietnamese, for one file over 20 MB and for a file far over the
 * request's 25 MB (which the server must still read to the end, or the browser sees a reset).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadTooLargeBrowserIT {

    private static final long MB = 1024 * 1024;

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
    void theHostIsToldInVietnameseThatTheFileIsTooLargeAndKeepsTheForm() throws Exception {
        // given a host on the page of its task in progress
        UUID host = testUsers.organisation();
        CurrentUser canbo =
                new CurrentUser(new UserId(UUID.randomUUID()), "canbo-tai-len", EnumSet.of(Role.STAFF), null);
        UUID task = SignedTasks.inProgress(executions, canbo, host);
        signIn(testUsers.create(Role.ORG_MEMBER, host));
        String page = "http://localhost:" + port + "/execution/tasks/" + task;

        // when it sends the acceptance dossier with a 21 MB file
        browser.get(page);
        fillDossier(pdf("bao-cao-21mb.pdf", 21 * MB));

        // then the same page says why, and the form is still there
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.findElement(By.id("flash-error")).getText()).isEqualTo("Tệp quá lớn: tối đa 20 MB");
        assertThat(browser.findElements(By.id("acceptance-form"))).hasSize(1);
        Browser.screenshot(browser, "upload-01-file-too-large");

        // when it tries again with a 60 MB file
        fillDossier(pdf("video-60mb.pdf", 60 * MB));

        // then the browser gets the answer, not a reset connection
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.findElement(By.id("flash-error")).getText())
                .isEqualTo("Dữ liệu gửi lên quá lớn: tổng các tệp tối đa 25 MB");
        assertThat(executions.task(canbo, task).acceptance()).isNull();
    }

    private void fillDossier(Path file) {
        browser.findElement(By.id("finalReport")).sendKeys("Báo cáo tổng hợp kết quả nhiệm vụ");
        browser.findElement(By.id("summaryReport")).sendKeys("Tóm tắt");
        browser.findElement(By.id("financialReport")).sendKeys("Quyết toán");
        browser.findElement(By.id("selfAssessment")).sendKeys("Tự đánh giá: Đạt");
        browser.findElement(By.id("evidence")).sendKeys(file.toString());
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
