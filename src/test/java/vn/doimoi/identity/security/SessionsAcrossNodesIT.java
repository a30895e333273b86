package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
import vn.doimoi.DoimoiApplication;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.identity.user.UserAccounts;

/**
 * Issue 23 (ADR 0076): two nodes of doimoi, each a whole application with its own Tomcat, on one
 * PostgreSQL. A browser signs in on node A and the proxy sends its next requests to node B: the
 * session, kept in PostgreSQL, serves it there; signing out, disabling the account or resetting the
 * password on one node ends it on the other. Node A is the browser tests' context (same
 * annotations); node B is started here with the same configuration on another port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionsAcrossNodesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]*)");

    /** Files the nodes of one deployment share (the audit keys above all: one chain, one key). */
    private static final String[] SHARED = {
        "doimoi.identity.audit.key-file",
        "doimoi.identity.audit.checkpoint-key-file",
        "doimoi.identity.audit.checkpoint-file",
        "doimoi.portal.audio-dir",
        "doimoi.portal.files-dir",
        "doimoi.projects.files-dir",
        "doimoi.market.deal-files-dir",
        "doimoi.traceability.files-dir",
        "doimoi.search.index-dir"
    };

    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int portA;

    @Autowired
    Environment environment;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccounts users;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startNodeB() {
        synchronized (SessionsAcrossNodesIT.class) {
            if (nodeB == null) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("server.port", "0");
                for (String key : SHARED) {
                    properties.put(key, environment.getRequiredProperty(key));
                }
                // one Lucene index per node is what issue 23 replaces with OpenSearch; here B only
                // needs to start, so it keeps its own copy apart from A's
                properties.put(
                        "doimoi.search.index-dir", environment.getRequiredProperty("doimoi.search.index-dir") + "-b");
                nodeB = new SpringApplicationBuilder(DoimoiApplication.class)
                        .profiles("test")
                        .properties(properties)
                        .run();
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
    void signedInOnAIsSignedInOnBUntilSignedOutOnA() throws Exception {
        // given a member who signs in on node A
        String member = testUsers.create(Role.ORG_MEMBER, testUsers.organisation());
        String session = signIn(portA, member);

        // when the proxy sends their next requests to node B, then to A, then to B again
        HttpResponse<String> onB = get(portB(), "/me", session);
        HttpResponse<String> onA = get(portA, "/me", session);
        HttpResponse<String> onBAgain = get(portB(), "/my-organisation", session);

        // then every node knows them
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Việc của tôi");
        assertThat(onA.statusCode()).isEqualTo(200);
        assertThat(onBAgain.statusCode()).isEqualTo(200);

        // when they sign out on node B
        String csrf = csrf(onB.body());
        HttpResponse<String> out = post(portB(), "/logout", session, Map.of("_csrf", csrf));

        // then node A no longer serves the session either
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> afterOnA = get(portA, "/me", session);
        assertThat(afterOnA.statusCode()).isEqualTo(302);
        assertThat(location(afterOnA)).endsWith("/login");
    }

    @Test
    void accountDisabledThroughNodeAEndsTheSessionOnNodeB() throws Exception {
        // given an expert signed in on A and working on B
        String expert = testUsers.create(Role.EXPERT);
        String session = signIn(portA, expert);
        assertThat(get(portB(), "/account/password", session).statusCode()).isEqualTo(200);

        // when an administrator disables the account (node A's service, as the admin form does)
        UserAccounts.EditableUser editable = users.editable(testUsers.id(expert));
        UserSummary user = editable.user();
        users.update(
                user.id(),
                editable.version(),
                new UserAccounts.UserData(
                        user.displayName(), user.email(), user.roles(), user.organisationId(), false));

        // then node B ends the session at the next request
        HttpResponse<String> next = get(portB(), "/account/password", session);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).endsWith("/login?ended=true");
        assertThat(get(portA, "/account/password", session).statusCode()).isEqualTo(302);
    }

    @Test
    void passwordResetOnNodeBEndsTheSessionOpenedOnNodeA() throws Exception {
        // given an editor signed in on A
        String editor = testUsers.create(Role.EDITOR);
        String session = signIn(portA, editor);
        assertThat(get(portA, "/editor/articles", session).statusCode()).isEqualTo(200);

        // when an administrator resets the password through node B's service
        nodeB.getBean(UserAccounts.class).resetPassword(testUsers.id(editor), "another-password-2");

        // then neither node serves the old session
        HttpResponse<String> onA = get(portA, "/editor/articles", session);
        assertThat(onA.statusCode()).isEqualTo(302);
        assertThat(location(onA)).endsWith("/login?ended=true");
        assertThat(get(portB(), "/editor/articles", session).statusCode()).isEqualTo(302);
    }

    private int portB() {
        return Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** Signs in through the real form and returns the session cookie the browser now carries. */
    private String signIn(int port, String username) throws Exception {
        HttpResponse<String> response = tryPassword(port, username, TestUsers.PASSWORD);
        assertThat(location(response)).as("sign-in of " + username).endsWith("/me");
        return sessionOf(response);
    }

    private HttpResponse<String> tryPassword(int port, String username, String password) throws Exception {
        HttpResponse<String> form = get(port, "/login", null);
        String session = sessionOf(form);
        return post(
                port,
                "/login",
                session,
                Map.of("username", username, "password", password, "_csrf", csrf(form.body())));
    }

    private HttpResponse<String> get(int port, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(int port, String path, String session, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    /** The session cookie the response set, or none. */
    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.startsWith("http") ? URI.create(location).getRawPath() + query(location) : location;
    }

    private static String query(String location) {
        String query = URI.create(location).getRawQuery();
        return query == null ? "" : "?" + query;
    }
}
