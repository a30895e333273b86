package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import vn.doimoi.identity.Role;
import vn.doimoi.portal.VisitorStats;
import vn.doimoi.portal.article.ArticleData;
import vn.doimoi.portal.article.Articles;
import vn.doimoi.portal.stats.PortalCounters;

/**
 * Issue 23 (ADR 0084): what two nodes must share besides sessions, search and files, on two whole
 * applications with their own Tomcat and one PostgreSQL, both set up as docs/deploy.md §7 says
 * (kept-page generations and visitors in PostgreSQL). Node A is this test's context; node B is
 * started here with the same configuration on another port. Everything is asked over HTTP as a
 * reader or an attacker would, or read from the node's own beans where the figure is the point.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"doimoi.kept.generations=postgresql", "doimoi.portal.visitors=postgresql"})
@ActiveProfiles("test")
class NodesShareTheirStateIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]*)");
    private static final String[] SHARED = {
        "doimoi.identity.audit.key-file",
        "doimoi.identity.audit.checkpoint-key-file",
        "doimoi.identity.audit.checkpoint-file",
        "doimoi.portal.audio-dir",
        "doimoi.portal.files-dir",
        "doimoi.projects.files-dir",
        "doimoi.market.deal-files-dir",
        "doimoi.traceability.files-dir",
        "doimoi.kept.generations",
        "doimoi.portal.visitors"
    };

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    Articles articles;

    @Autowired
    PortalCounters countersA;

    @Autowired
    MeterRegistry metersA;

    @Autowired
    TestUsers testUsers;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startNodeB() {
        synchronized (NodesShareTheirStateIT.class) {
            if (nodeB == null) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("server.port", "0");
                for (String key : SHARED) {
                    properties.put(key, environment.getRequiredProperty(key));
                }
                properties.put(
                        "doimoi.search.index-dir", environment.getRequiredProperty("doimoi.search.index-dir") + "-b");
                // as command-line arguments, which outrank application.properties (builder
                // properties are only defaults: B would keep the one-node "memory" settings)
                nodeB = new SpringApplicationBuilder(DoimoiApplication.class)
                        .profiles("test")
                        .run(properties.entrySet().stream()
                                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                                .toArray(String[]::new));
            }
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void anArticleChangedOnNodeAIsNoLongerServedFromNodeBsKeptCopy() throws Exception {
        // given an article whose public page node B has rendered and keeps
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID category = articles.createCategory("Hai nút " + marker, 95);
        UUID id = articles.create(
                new ArticleData("Tin trên hai nút " + marker, null, "<p>Bản đầu tiên.</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        String page = "/news/" + articles.editable(id).slug();
        assertThat(get(portB(), page, null).body()).contains("Bản đầu tiên.");
        double keptBefore = kept(nodeB.getBean(MeterRegistry.class));
        assertThat(get(portB(), page, null).body()).contains("Bản đầu tiên.");
        assertThat(kept(nodeB.getBean(MeterRegistry.class)))
                .as("B answered the second request from its kept copy")
                .isGreaterThan(keptBefore);

        // when an editor changes it through node A
        articles.update(
                id,
                articles.editable(id).version(),
                new ArticleData("Tin trên hai nút " + marker, null, "<p>Bản sửa trên nút A.</p>", null, category));
        long changedAt = System.nanoTime();

        // then node B's next requests show the change, within the read interval of the shared generations
        String body = get(portB(), page, null).body();
        while (!body.contains("Bản sửa trên nút A.") && System.nanoTime() - changedAt < 5_000_000_000L) {
            Thread.sleep(20);
            body = get(portB(), page, null).body();
        }
        long millis = (System.nanoTime() - changedAt) / 1_000_000;
        assertThat(body).contains("Bản sửa trên nút A.").doesNotContain("Bản đầu tiên.");
        assertThat(millis).as("time until B served the change (ms)").isLessThan(1_000);
        // and B keeps the new page again
        double keptAfter = kept(nodeB.getBean(MeterRegistry.class));
        assertThat(get(portB(), page, null).body()).contains("Bản sửa trên nút A.");
        assertThat(kept(nodeB.getBean(MeterRegistry.class))).isGreaterThan(keptAfter);
        System.out.println("kept page on B showed A's change after " + millis + " ms");
    }

    @Test
    void visitorsAndViewsOfBothNodesAreCountedOnceForTheWholeSite() throws Exception {
        // given an article and the whole site's figures as both nodes see them now
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID category = articles.createCategory("Đếm hai nút " + marker, 94);
        UUID id = articles.create(new ArticleData("Tin đếm " + marker, null, "<p>Đếm.</p>", null, category));
        articles.publish(id, articles.editable(id).version());
        String page = "/news/" + articles.editable(id).slug();
        PortalCounters countersB = nodeB.getBean(PortalCounters.class);
        flushBoth(countersB);
        VisitorStats beforeA = countersA.stats(Instant.now());
        VisitorStats beforeB = countersB.stats(Instant.now());

        // when three readers open it: one through both nodes, one through B only, one through A only
        String both = UUID.randomUUID().toString();
        String onlyB = UUID.randomUUID().toString();
        String onlyA = UUID.randomUUID().toString();
        for (String[] visit : new String[][] {{"A", both}, {"B", both}, {"B", onlyB}, {"A", onlyA}, {"B", both}}) {
            int port = visit[0].equals("A") ? portA : portB();
            assertThat(get(port, page, "dm_visitor=" + visit[1]).statusCode()).isEqualTo(200);
        }
        flushBoth(countersB);

        // then both nodes count three visitors today and online, and three views of the article
        for (PortalCounters counters : new PortalCounters[] {countersA, countersB}) {
            VisitorStats before = counters == countersA ? beforeA : beforeB;
            VisitorStats after = counters.stats(Instant.now());
            assertThat(after.today() - before.today()).as("visits today").isEqualTo(3);
            assertThat(after.thisWeek() - before.thisWeek())
                    .as("visits this week")
                    .isEqualTo(3);
            assertThat(after.online() - before.online()).as("online now").isEqualTo(3);
            assertThat(counters.views(id)).as("views of the article").isEqualTo(3);
        }
        // and what a reader sees on either node's page says so
        assertThat(get(portA, page, "dm_visitor=" + onlyA).body()).contains("Lượt xem: <strong>3</strong>");
        assertThat(get(portB(), page, "dm_visitor=" + onlyB).body()).contains("Lượt xem: <strong>3</strong>");
    }

    @Test
    void failedSignInsSpreadOverBothNodesAreThrottledAsOne() throws Exception {
        // given an account and an attacker's address behind the proxy
        String username = testUsers.create(Role.STAFF);
        String attacker = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

        // when it fails five times on node A and five times on node B
        for (int i = 0; i < 10; i++) {
            int port = i % 2 == 0 ? portA : portB();
            assertThat(location(signIn(port, attacker, username, "doan-sai-" + i)))
                    .as("failure " + (i + 1) + " is only told the password was wrong")
                    .endsWith("/login?error=bad");
        }

        // then either node refuses the next attempt, even with the right password
        assertThat(location(signIn(portA, attacker, username, TestUsers.PASSWORD)))
                .contains("/login?wait=");
        assertThat(location(signIn(portB(), attacker, username, TestUsers.PASSWORD)))
                .contains("/login?wait=");
        // while the owner, from another address, signs in on either node
        assertThat(location(signIn(portB(), "203.0.113.9", username, TestUsers.PASSWORD)))
                .endsWith("/me");
    }

    private void flushBoth(PortalCounters countersB) {
        countersA.flush();
        countersB.flush();
        countersA.flush(); // reads back what B added
    }

    private static double kept(MeterRegistry meters) {
        var counter = meters.find("doimoi.kept.pages").tag("answer", "kept").counter();
        return counter == null ? 0 : counter.count();
    }

    private int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private HttpResponse<String> signIn(int port, String address, String username, String password) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("X-Forwarded-For", address)
                .build());
        String session = form.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + form.headers()));
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("a CSRF field in the sign-in form").isTrue();
        Map<String, String> fields = Map.of("username", username, "password", password, "_csrf", csrf.group(1));
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("X-Forwarded-For", address)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(port, path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
