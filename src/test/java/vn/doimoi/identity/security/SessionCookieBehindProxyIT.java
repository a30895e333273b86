package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16 #13: the session cookie is {@code Secure} when the browser reached a TLS-terminating
 * reverse proxy over HTTPS. Only a real Tomcat runs the remote-IP valve that reads
 * {@code X-Forwarded-Proto}, so this talks HTTP to a real server; it shares the browser tests'
 * context (same annotations), so it starts no context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieBehindProxyIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void sessionCookieIsSecureWhenTheProxySaysTheBrowserUsedHttps() throws Exception {
        // given a request the proxy on this machine forwards from an HTTPS browser
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7")
                .build();

        // when the sign-in page opens a session
        String cookie = sessionCookie(client.send(request, HttpResponse.BodyHandlers.discarding()));

        // then
        assertThat(cookie).contains("Secure").contains("HttpOnly");
    }

    @Test
    void plainHttpStillGetsASessionCookieWithoutSecure() throws Exception {
        // given a plain http request (the demo on localhost)
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build();

        // when
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());

        // then the session works as before: a cookie the browser will send back over http
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(response)).doesNotContain("Secure").contains("HttpOnly");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
