package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Uploads over the multipart limits (20 MB a file, 25 MB a request) sent over real HTTP to the
 * embedded Tomcat, where the limits are enforced: a person sees the form again with a Vietnamese
 * reason, an API client gets a 413 problem; an upload within the limits still goes through with
 * its Vietnamese fields intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitIT {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TaskExecutions executions;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final CurrentUser canbo =
            new CurrentUser(new UserId(UUID.randomUUID()), "canbo-tai-len", EnumSet.of(Role.STAFF), null);

    private UUID task;
    private String page;

    @BeforeEach
    void aHostSignedInOnTheAcceptanceFormOfItsTaskInProgress() throws Exception {
        UUID host = testUsers.organisation();
        task = SignedTasks.inProgress(executions, canbo, host);
        signIn(testUsers.create(Role.ORG_MEMBER, host));
        page = "/execution/tasks/" + task;
    }

    @Test
    void aFileOverTwentyMegabytesBringsThePersonBackToTheFormWithTheReasonInVietnamese() throws Exception {
        // given the acceptance form, with its CSRF token, as a browser shows it
        String csrf = csrfOf(get(page).body());

        // when the host sends the dossier with a 21 MB file
        HttpResponse<String> answer = post(page + "/acceptance", dossier(csrf), Map.of("evidence", pdf(21 * MB)));

        // then the browser is sent back to the form, which says why, once
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains(page);
        String shown = get(page).body();
        assertThat(shown)
                .contains("id=\"flash-error\">Tệp quá lớn: tối đa 20 MB</p>")
                .contains("id=\"acceptance-form\"");
        assertThat(get(page).body()).doesNotContain("id=\"flash-error\"");
        assertThat(executions.task(canbo, task).acceptance()).isNull();
    }

    @Test
    void filesTogetherOverTheRequestLimitAreRefusedWithTheTotalLimit() throws Exception {
        String csrf = csrfOf(get(page).body());

        HttpResponse<String> answer =
                post(page + "/acceptance", dossier(csrf), Map.of("evidence", pdf(13 * MB), "evidence ", pdf(13 * MB)));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(get(page).body()).contains("Dữ liệu gửi lên quá lớn: tổng các tệp tối đa 25 MB");
    }

    @Test
    void anApiClientGetsA413ProblemInVietnamese() throws Exception {
        HttpResponse<String> answer = post("/api/v1/organisations", Map.of(), Map.of("file", pdf(21 * MB)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body())
                .contains("\"status\":413")
                .contains("\"title\":\"Dữ liệu gửi lên quá lớn\"")
                .contains("\"detail\":\"Tệp quá lớn: tối đa 20 MB\"");
    }

    @Test
    void anUploadWithinTheLimitsGoesThroughWithItsVietnameseText() throws Exception {
        String csrf = csrfOf(get(page).body());

        HttpResponse<String> answer = post(page + "/acceptance", dossier(csrf), Map.of("evidence", pdf(2 * MB)));

        assertThat(answer.statusCode()).isEqualTo(302);
        var acceptance = executions.task(canbo, task).acceptance();
        assertThat(acceptance.finalReport()).isEqualTo("Báo cáo tổng hợp: sản phẩm đạt yêu cầu đặt hàng");
        assertThat(executions.task(canbo, task).files())
                .singleElement()
                .satisfies(f -> assertThat(f.size()).isEqualTo(2 * MB));
    }

    private static Map<String, String> dossier(String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("finalReport", "Báo cáo tổng hợp: sản phẩm đạt yêu cầu đặt hàng");
        fields.put("summaryReport", "Tóm tắt kết quả");
        fields.put("financialReport", "Quyết toán đúng mục đích");
        fields.put("selfAssessment", "Tự đánh giá: Đạt");
        // the task was approved under the 2025 rules: the members' contributions are part of the dossier
        fields.put("contributions", "Nguyễn Văn An: 100");
        return fields;
    }

    /** A PDF of the given size (its signature, then padding), in memory. */
    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart form post as a browser sends it from {@link #page}: fields first, then files. */
    private HttpResponse<String> post(String path, Map<String, String> fields, Map<String, byte[]> files)
            throws Exception {
        String boundary = "----doimoi" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        int n = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                            + file.getKey().strip() + "\"; filename=\"ho-so-" + (++n)
                            + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Referer", uri(page == null ? "/" : page).toString())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void signIn(String username) throws Exception {
        String csrf = csrfOf(get("/login").body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse(""))
                .as("signed in")
                .doesNotContain("error");
    }

    private static String csrfOf(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
