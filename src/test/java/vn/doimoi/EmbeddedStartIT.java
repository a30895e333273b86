package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Starts doimoi as a new user does with the README's start command: its own process, the demo
 * profile, no database configured (so the embedded PostgreSQL starts with its data in ./data),
 * then restarts it and checks that the data survived.
 */
class EmbeddedStartIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("Mật khẩu / password: (\\S+)");

    private final Path home = Path.of("target", "embedded-start-it").toAbsolutePath();
    private Process process;

    @AfterEach
    void stop() throws Exception {
        stopApplication();
    }

    @Test
    void startsOnItsOwnDatabaseServesTheVietnameseHomePageAndKeepsDataAcrossARestart() throws Exception {
        FileSystemUtils.deleteRecursively(home);
        Files.createDirectories(home);

        // given the first start on an empty machine
        Path firstLog = home.resolve("first.log");
        int port = startApplication(firstLog);
        String firstOutput = Files.readString(firstLog);
        Matcher password = ADMIN_PASSWORD.matcher(firstOutput);
        assertThat(password.find())
                .as("the first administrator's password is printed once")
                .isTrue();
        assertThat(Files.exists(home.resolve("data/pg/PG_VERSION")))
                .as("embedded PostgreSQL data in ./data/pg")
                .isTrue();

        // when a visitor opens the home page
        HttpClient client = client();
        HttpResponse<String> homePage = client.send(get(port, "/"), HttpResponse.BodyHandlers.ofString());

        // then it is the Vietnamese home page
        assertThat(homePage.statusCode()).isEqualTo(200);
        assertThat(homePage.body()).contains("<html lang=\"vi\"").contains("Khoa học, công nghệ và đổi mới sáng tạo");

        // and the administrator signs in and sees the demo users
        assertThat(signIn(client, port, "admin", password.group(1))).isEqualTo(200);
        String users = client.send(get(port, "/admin/users"), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(users).contains("canbo").contains("doanhnghiep").contains("moigioi");

        // when doimoi restarts
        stopApplication();
        Path secondLog = home.resolve("second.log");
        int secondPort = startApplication(secondLog);

        // then no new administrator is made, the same password works, and the data is still there
        assertThat(Files.readString(secondLog))
                .doesNotContain("Mật khẩu / password:")
                .contains("existing data");
        HttpClient again = client();
        assertThat(signIn(again, secondPort, "admin", password.group(1))).isEqualTo(200);
        assertThat(again.send(get(secondPort, "/organisations"), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("Công ty Cổ phần Nông nghiệp Công nghệ cao Mộc Hoá");
    }

    private int startApplication(Path log) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        classpath,
                        "vn.doimoi.DoimoiApplication",
                        "--spring.profiles.active=demo",
                        "--server.port=0")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // As on a new machine: no database is configured, so doimoi starts its own.
        for (String variable : List.of(
                "SPRING_DATASOURCE_URL",
                "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD",
                "DATABASE_URL",
                "DOIMOI_ADMIN_PASSWORD")) {
            builder.environment().remove(variable);
        }
        process = builder.start();
        // The demo now walks tasks from proposal to a result in use and deals to signed contracts;
        // on a 2-core machine shared with a build that takes more than two minutes.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log);
            Matcher port = PORT.matcher(output);
            if (output.contains("Started DoimoiApplication") && port.find() && ready(Integer.parseInt(port.group(1)))) {
                return Integer.parseInt(port.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("doimoi stopped while starting:\n" + output);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("doimoi did not start within 300 seconds:\n" + Files.readString(log));
    }

    /** Ready once the start-up work (first administrator, demo data) is done. */
    private static boolean ready(int port) {
        try {
            return client().send(get(port, "/actuator/health/readiness"), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void stopApplication() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
    }

    /** Signs in through the login form, CSRF token and all; answers the status of the page it lands on. */
    private static int signIn(HttpClient client, int port, String username, String password)
            throws IOException, InterruptedException {
        String loginPage = client.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.uri().getPath())
                .as("signed in, landed on Việc của tôi, not sent back to the login page")
                .isEqualTo("/me");
        return response.statusCode();
    }
}
