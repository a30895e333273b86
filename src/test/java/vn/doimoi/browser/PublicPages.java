package vn.doimoi.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The public pages a reader can reach: the portal's list pages and, found from the links in their
 * content, one or two pages of each kind (an article, a document, an organisation, a call…).
 */
final class PublicPages {

    static final List<String> LISTS = List.of(
            "/",
            "/news",
            "/documents",
            "/organisations",
            "/people",
            "/search?q=khoa+hoc",
            "/programs",
            "/calls",
            "/tasks",
            "/results",
            "/market",
            "/ecosystem",
            "/login");

    private PublicPages() {}

    static Set<String> all(WebDriver browser, String origin) {
        Set<String> pages = new LinkedHashSet<>(LISTS);
        for (String list : LISTS) {
            pages.addAll(linkedFrom(browser, origin + list));
        }
        return pages;
    }

    /** One or two same-site pages of each kind linked from a page's content, files and feeds left out. */
    static List<String> linkedFrom(WebDriver browser, String url) {
        browser.get(url);
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("main a[href^='/']"))) {
            String href = link.getAttribute("href");
            if (href == null) {
                continue;
            }
            String path = href.replaceFirst("^https?://[^/]+", "");
            if (notAPage(path)) {
                continue;
            }
            String kind = path.replaceAll("\\?.*", "").replaceAll("/[^/]*[0-9][^/]*", "/{id}");
            List<String> same = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
            if (same.size() < 2 && !same.contains(path)) {
                same.add(path);
            }
        }
        return byKind.values().stream().flatMap(List::stream).toList();
    }

    static boolean notAPage(String path) {
        return path.contains("/audio/")
                || path.contains("/attachments/")
                || path.startsWith("/files/")
                || path.startsWith("/api/")
                || path.startsWith("/rss/")
                || path.contains("/download")
                || path.endsWith(".pdf")
                || path.endsWith(".xlsx")
                || path.contains("#");
    }
}
