package vn.doimoi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;

/**
 * A member of an enterprise updates its profile in the browser; then an anonymous visitor finds
 * the enterprise by typing its new name without diacritics. Staff choose an address from the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MemberUpdatesOrganisationBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

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
    }

    @Test
    void aMemberUpdatesItsProfileAndAVisitorFindsItWithoutDiacritics() {
        // given a member of an enterprise signs in
        String member = testUsers.create(Role.ORG_MEMBER);
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String newName = "Hợp tác xã Nông nghiệp Thạnh Hoá " + tag;
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(member);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // when the member opens "Tổ chức của tôi" and saves a new name, a description and two fields
        browser.findElement(By.linkText("Tổ chức của tôi")).click();
        var name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys(newName);
        browser.findElement(By.id("description")).sendKeys("Sản xuất lúa hữu cơ theo chuỗi giá trị.");
        Select fields = new Select(browser.findElement(By.id("fieldCodes")));
        fields.selectByValue("401");
        fields.selectByValue("406");
        Browser.screenshot(browser, "11-member-edits-organisation");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the public profile shows the change
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText())
                .isEqualTo("Đã lưu tổ chức.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(newName);
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("401 Trồng trọt");
        Browser.screenshot(browser, "12-organisation-profile");

        // when an anonymous visitor searches without diacritics
        browser.findElement(By.cssSelector(".account button")).click();
        // Wait for the signed-out page, or the next navigation races the logout's redirect.
        browser.findElement(By.linkText("Đăng nhập"));
        browser.get(url("/"));
        browser.findElement(By.id("home-q")).sendKeys("hop tac xa nong nghiep thanh hoa " + tag);
        browser.findElement(By.cssSelector(".hero-search button")).click();

        // then the enterprise is the first result, with the matched words highlighted
        var first = browser.findElement(By.cssSelector("ol.hits li.hit a.hit-title"));
        assertThat(first.getText()).isEqualTo(newName);
        assertThat(browser.findElements(By.cssSelector("ol.hits li.hit a.hit-title mark")))
                .isNotEmpty();
        Browser.screenshot(browser, "13-found-without-diacritics");
        first.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(newName);
    }

    /**
     * Staff add an organisation: choosing the province fills the commune select from the official
     * list (ADR 0052) without leaving the page; the profile shows "street, commune, province".
     */
    @Test
    void choosingTheProvinceOffersItsCommunesAndTheProfileShowsTheAddress() {
        // given a member of the Department's staff signed in, on the form for a new organisation
        String staff = testUsers.create(Role.STAFF);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(staff);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
        browser.get(url("/admin/organisations/new"));
        String name = "Công ty Nông sản Mộc Hóa " + UUID.randomUUID().toString().substring(0, 5);
        browser.findElement(By.id("name")).sendKeys(name);
        assertThat(browser.findElement(By.name("refreshCommunes")).isDisplayed())
                .isFalse();

        // when they choose Tây Ninh, the commune select offers Tây Ninh's communes only
        new Select(browser.findElement(By.id("province"))).selectByVisibleText("Tây Ninh");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> new Select(driver.findElement(By.id("commune")))
                                .getOptions()
                                .size()
                        > 1);
        Select commune = new Select(browser.findElement(By.id("commune")));
        assertThat(commune.getOptions()).hasSize(97);
        commune.selectByVisibleText("Xã Mộc Hóa");
        browser.findElement(By.id("streetAddress")).sendKeys("Ấp 3");
        Browser.screenshot(browser, "52-staff-chooses-commune");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // then the public profile reads "street, commune, province"
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("organisation-address")).getText())
                .isEqualTo("Ấp 3, Xã Mộc Hóa, Tây Ninh");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
