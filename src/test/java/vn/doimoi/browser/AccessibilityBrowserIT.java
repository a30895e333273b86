package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/**
 * axe-core (the WebJar, injected into each page as it is shown) finds no WCAG 2.1 A/AA violation on
 * any public page nor on the main pages each role works in, the article editor's toolbar included.
 */
// The demo loads only into a database it has to itself (each loader stands back where its kind of
// record exists): on the embedded server, even where CI points the other tests at its shared database.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@ActiveProfiles({"test", "demo"})
class AccessibilityBrowserIT {

    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.map(function (v) {"
            + "  return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(function (n) {"
            + "    return n.target.join(' '); }).join(' | '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });";

    /** The pages each role works in, beside the public ones. */
    private static final Map<Role, List<String>> SIGNED_IN = new LinkedHashMap<>();

    static {
        SIGNED_IN.put(Role.EDITOR, List.of("/me", "/editor/articles", "/editor/articles/new"));
        SIGNED_IN.put(
                Role.STAFF, List.of("/me", "/staff/tasks", "/staff/execution", "/admin/experts", "/notifications"));
        SIGNED_IN.put(Role.ORG_MEMBER, List.of("/me", "/my-organisation", "/market/my", "/execution"));
        SIGNED_IN.put(Role.EXPERT, List.of("/me", "/councils", "/my-profile"));
        SIGNED_IN.put(Role.AGENCY, List.of("/me", "/programs/reports"));
        SIGNED_IN.put(Role.BROKER, List.of("/me", "/market"));
        SIGNED_IN.put(Role.ADMIN, List.of("/me", "/admin/users", "/admin/audit", "/admin/field-codes"));
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    private WebDriver browser;
    private String axe;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core WebJar on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesHaveNoWcagViolations() {
        // given every public page a reader can reach from the lists
        List<String> problems = new ArrayList<>();
        for (String page : PublicPages.all(browser, url(""))) {
            // when axe checks it, then it finds nothing
            problems.addAll(check(page));
        }
        assertThat(problems).as("WCAG 2.1 A/AA violations on public pages").isEmpty();
    }

    @Test
    void theMainSignedInPagesHaveNoWcagViolations() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Role, List<String>> role : SIGNED_IN.entrySet()) {
            // given a user of this role signed in
            signIn(testUsers.create(role.getKey()));
            for (String page : role.getValue()) {
                // when axe checks each page the role works in, then it finds nothing
                problems.addAll(check(page));
            }
            browser.manage().deleteAllCookies();
        }
        assertThat(problems).as("WCAG 2.1 A/AA violations on signed-in pages").isEmpty();
    }

    @Test
    void theEditorToolbarSpeaksTheReadersLanguage() {
        // given an editor on the new-article form
        signIn(testUsers.create(Role.EDITOR));
        browser.get(url("/editor/articles/new"));

        // then each toolbar button has a Vietnamese name and axe finds no unnamed button
        assertThat(browser.findElement(By.cssSelector(".ql-toolbar button.ql-bold"))
                        .getAttribute("aria-label"))
                .isEqualTo("Chữ đậm");
        assertThat(browser.findElement(By.cssSelector(".ql-toolbar .ql-picker-label"))
                        .getAttribute("data-label"))
                .isEqualTo("Đoạn văn");
        assertThat(check("/editor/articles/new")).isEmpty();
        Browser.screenshot(browser, "editor-toolbar-vi");
    }

    @SuppressWarnings("unchecked")
    private List<String> check(String page) {
        browser.get(url(page));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        List<Object> found = (List<Object>) js.executeAsyncScript(RUN);
        return found.stream().map(v -> page + " → " + v).toList();
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Browser.expectText(browser, By.cssSelector(".account .user-name"), text -> !text.isBlank(), "a name");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
