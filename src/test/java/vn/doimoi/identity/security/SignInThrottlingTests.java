package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.user.UserAccounts;

/**
 * Issue 16, finding 2, as an attacker and an owner see it through the sign-in form. Each test uses
 * its own made-up client addresses, so the counts other tests leave in PostgreSQL never reach it.
 */
@DoimoiSpringTest
class SignInThrottlingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterTenFailuresAnAddressIsRefusedAtOnceEvenWithTheRightPassword() throws Exception {
        // given an attacker's address that failed ten times on an account
        String username = testUsers.create(Role.STAFF);
        String attacker = address();
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(attacker, username, "doan-sai-" + i).getRedirectedUrl())
                    .isEqualTo("/login?error=bad");
        }
        long auditedBefore = failuresAudited(username);

        // when it sends the right password
        MockHttpServletResponse refused = signIn(attacker, username, TestUsers.PASSWORD);

        // then it is not signed in: it is told to wait, the password never reached the check
        assertThat(refused.getRedirectedUrl()).matches("/login\\?wait=\\d+");
        assertThat(refused.getHeader("Retry-After")).matches("\\d+");
        String seconds = refused.getRedirectedUrl().substring("/login?wait=".length());
        assertThat(Integer.parseInt(seconds)).isBetween(1, 30);
        assertThat(page(refused.getRedirectedUrl()))
                .contains("Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau " + seconds + " giây.");
        assertThat(failuresAudited(username)).isEqualTo(auditedBefore);
    }

    @Test
    void theOwnerSignsInFromAnotherAddressWhileTheAttackersAddressIsHeldBack() throws Exception {
        // given an attacker's address held back after guessing the owner's password
        String username = testUsers.create(Role.ADMIN);
        String attacker = address();
        for (int i = 0; i < 15; i++) {
            signIn(attacker, username, "doan-sai-" + i);
        }
        assertThat(signIn(attacker, username, TestUsers.PASSWORD).getRedirectedUrl())
                .startsWith("/login?wait=");

        // when the owner signs in from their own address
        MockHttpServletResponse owner = signIn(address(), username, TestUsers.PASSWORD);

        // then they are in
        assertThat(owner.getRedirectedUrl()).isEqualTo("/me");
    }

    @Test
    void anUnknownNameADisabledAccountAndAWrongPasswordGetTheSameAnswer() throws Exception {
        // given an account, and one an administrator disabled
        String active = testUsers.create(Role.EXPERT);
        String disabled = testUsers.create(Role.EXPERT);
        var editable = users.editable(testUsers.id(disabled));
        var summary = editable.user();
        users.update(
                summary.id(),
                editable.version(),
                new UserAccounts.UserData(
                        summary.displayName(), summary.email(), EnumSet.copyOf(summary.roles()), null, false));

        // when each is tried, from its own address
        List<MockHttpServletResponse> answers = List.of(
                signIn(address(), active, "mat-khau-sai-roi"),
                signIn(address(), "khong-ai-ten-nay-" + address(), TestUsers.PASSWORD),
                signIn(address(), disabled, "mat-khau-sai-roi"),
                signIn(address(), disabled, TestUsers.PASSWORD));

        // then every answer is the same redirect to the same page
        assertThat(answers)
                .extracting(MockHttpServletResponse::getRedirectedUrl)
                .containsOnly("/login?error=bad");
        assertThat(page("/login?error=bad"))
                .containsOnlyOnce("role=\"alert\"")
                .contains("<p class=\"alert error\" role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.</p>");
    }

    @Test
    void aFailedSignInIsInTheAuditTrailWithTheNameTriedAndTheAddress() throws Exception {
        // given
        String name = "ai-do-" + address();
        String from = address();

        // when
        signIn(from, name, "doan-bua-di");

        // then
        var entry = jdbc.sql("select actor, after_json from identity.audit_log"
                        + " where action = 'login.failed' and entity_id = ? order by seq desc limit 1")
                .param(name)
                .query((rs, n) -> List.of(rs.getString("actor"), rs.getString("after_json")))
                .single();
        assertThat(entry.get(0)).isEqualTo(name);
        assertThat(entry.get(1)).contains(from).contains("badCredentials").doesNotContain("doan-bua-di");
    }

    @Test
    void aNameWithANulByteIsRefusedAsInputTheSameWayWhetherTheAccountExistsOrNot() throws Exception {
        // A NUL byte is input no person types: it is refused before sign-in (ADR 0033), with one
        // answer that names the field and says nothing of the account.
        MockHttpServletResponse existing = signIn(address(), "ad\u0000min", "doan-bua-di");
        MockHttpServletResponse unknown = signIn(address(), "kh\u0000ong-co", "doan-bua-di");

        assertThat(existing.getStatus()).isEqualTo(400);
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(existing.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(unknown.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void wrongCurrentPasswordsOnTheChangePasswordFormCountLikeFailedSignIns() throws Exception {
        // given a signed-in user whose session someone else uses to guess the password
        String username = testUsers.create(Role.EDITOR);
        var principal = testUsers.principal(username);
        String from = address();
        for (int i = 0; i < 10; i++) {
            String page = changePassword(from, principal, "doan-sai-" + i);
            assertThat(page).contains("Mật khẩu hiện tại không đúng.");
        }

        // when the right current password is given from there
        String refused = changePassword(from, principal, TestUsers.PASSWORD);

        // then it is refused without being checked, the guesses are audited, and the sign-in form
        // holds that address back too
        assertThat(refused).contains("Vui lòng thử lại sau").doesNotContain("Đã đổi mật khẩu");
        assertThat(failuresAudited(username)).isEqualTo(10);
        assertThat(signIn(from, username, TestUsers.PASSWORD).getRedirectedUrl())
                .startsWith("/login?wait=");
    }

    private String changePassword(
            String from, org.springframework.security.core.userdetails.UserDetails principal, String current)
            throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/account/password")
                        .with(user(principal))
                        .with(csrf())
                        .with(from(from))
                        .param("currentPassword", current)
                        .param("newPassword", "mot-mat-khau-moi-dai")
                        .param("confirmPassword", "mot-mat-khau-moi-dai"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse signIn(String from, String username, String password) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/login")
                        .with(csrf())
                        .with(from(from))
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
    }

    private String page(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long failuresAudited(String name) {
        return jdbc.sql("select count(*) from identity.audit_log where action = 'login.failed' and entity_id = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A random private address, so no other test shares its counts. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
