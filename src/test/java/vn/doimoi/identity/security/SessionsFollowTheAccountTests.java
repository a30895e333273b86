package vn.doimoi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserSummary;
import vn.doimoi.identity.user.UserAccounts;

/**
 * Issue 16 #1: what an administrator or the user changes on an account reaches every open session
 * of that user on its next request. Users sign in through the real form, each session its own.
 */
@DoimoiSpringTest
class SessionsFollowTheAccountTests {

    private static final String NEW_PASSWORD = "another-password-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccounts users;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void disabledUserIsSignedOutOnTheNextPage() throws Exception {
        // given a member working on their organisation's page
        String member = testUsers.create(Role.ORG_MEMBER);
        Browser session = signIn(member, TestUsers.PASSWORD);
        assertThat(get("/my-organisation", session).getStatus()).isEqualTo(200);

        // when an administrator disables the account and takes its roles
        adminChanges(member, user -> data(user, Set.of(), null, false));
        MockHttpServletResponse next = get("/my-organisation", session);

        // then the open session is over, with a neutral notice at the sign-in page
        assertThat(next.getStatus()).isEqualTo(302);
        assertThat(next.getRedirectedUrl()).isEqualTo("/login?ended=true");
        assertThat(ended(session)).isTrue();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/login?ended=true"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Phiên làm việc đã kết thúc");
    }

    @Test
    void disabledUsersNextSaveIsRefusedAndNotStored() throws Exception {
        // given a member signed in, and the organisation they act for
        UUID organisation = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, organisation);
        Browser session = signIn(member, TestUsers.PASSWORD);
        String nameBefore = organisations.find(organisation).orElseThrow().name();

        // when the account is disabled and the open session then saves the organisation
        adminChanges(member, user -> data(user, user.roles(), user.organisationId(), false));
        MockHttpServletResponse save = saveOwnOrganisation(session, organisation, "Đổi tên sau khi bị khoá");

        // then nothing is saved and the session is over
        assertThat(save.getStatus()).isEqualTo(302);
        assertThat(save.getRedirectedUrl()).isEqualTo("/login?ended=true");
        assertThat(organisations.find(organisation).orElseThrow().name()).isEqualTo(nameBefore);
        assertThat(ended(session)).isTrue();
    }

    @Test
    void disabledUsersApiRequestAnswers401Problem() throws Exception {
        // given a signed-in user whose account is then disabled
        String expert = testUsers.create(Role.EXPERT);
        Browser session = signIn(expert, TestUsers.PASSWORD);
        adminChanges(expert, user -> data(user, user.roles(), null, false));

        // when the session calls the API
        MockHttpServletResponse response = get("/api/v1/organisations", session);

        // then
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(ended(session)).isTrue();
    }

    @Test
    void removedRoleIsRefusedOnTheNextRequestWhileTheSessionGoesOn() throws Exception {
        // given a staff member working in the directory administration
        String staff = testUsers.create(Role.STAFF);
        Browser session = signIn(staff, TestUsers.PASSWORD);
        assertThat(get("/admin/organisations", session).getStatus()).isEqualTo(200);

        // when an administrator makes them an expert only
        adminChanges(staff, user -> data(user, Set.of(Role.EXPERT), null, true));
        MockHttpServletResponse next = get("/admin/organisations", session);

        // then the staff page is refused, and the session still serves what an expert may do
        assertThat(next.getStatus()).isEqualTo(403);
        assertThat(ended(session)).isFalse();
        assertThat(get("/account/password", session).getStatus()).isEqualTo(200);
    }

    @Test
    void memberMovedToAnotherOrganisationNoLongerSeesOrSavesTheOldOne() throws Exception {
        // given a member of one organisation, signed in
        UUID before = testUsers.organisation();
        UUID after = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, before);
        Browser session = signIn(member, TestUsers.PASSWORD);
        String oldName = organisations.find(before).orElseThrow().name();
        String newName = organisations.find(after).orElseThrow().name();

        // when an administrator moves them to another organisation
        adminChanges(member, user -> data(user, user.roles(), after, true));
        String page = get("/my-organisation", session).getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse save = saveOwnOrganisation(session, after, newName + " (đã đổi)");

        // then their page and their save are the new organisation's, and the old one is untouched
        assertThat(page).contains(newName).doesNotContain(oldName);
        assertThat(save.getRedirectedUrl()).isEqualTo("/organisations/" + after);
        assertThat(organisations.find(after).orElseThrow().name()).isEqualTo(newName + " (đã đổi)");
        assertThat(organisations.find(before).orElseThrow().name()).isEqualTo(oldName);
    }

    @Test
    void passwordChangedInOneSessionSignsOutTheOthersButNotItself() throws Exception {
        // given the same user signed in twice (two browsers)
        String expert = testUsers.create(Role.EXPERT);
        Browser here = signIn(expert, TestUsers.PASSWORD);
        Browser elsewhere = signIn(expert, TestUsers.PASSWORD);

        // when they change their password in the first
        MockHttpServletResponse change = mvc.perform(MockMvcRequestBuilders.post("/account/password")
                        .with(here)
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andReturn()
                .getResponse();

        // then the first session carries on and the other one must sign in again
        assertThat(change.getRedirectedUrl()).isEqualTo("/account/password");
        // (the change renews the session's id, as a sign-in does; the browser takes the new cookie)
        Cookie renewed = sessionCookie(change);
        Browser stillHere = renewed == null ? here : new Browser(renewed, here.session());
        assertThat(get("/account/password", stillHere).getStatus()).isEqualTo(200);
        assertThat(get("/account/password", elsewhere).getRedirectedUrl()).isEqualTo("/login?ended=true");
        assertThat(signIn(expert, NEW_PASSWORD)).isNotNull();
    }

    @Test
    void passwordResetByAnAdministratorSignsOutEverySession() throws Exception {
        // given the same user signed in twice
        String editor = testUsers.create(Role.EDITOR);
        Browser first = signIn(editor, TestUsers.PASSWORD);
        Browser second = signIn(editor, TestUsers.PASSWORD);

        // when an administrator resets the password
        users.resetPassword(testUsers.id(editor), NEW_PASSWORD);

        // then neither session goes on
        assertThat(get("/editor/articles", first).getRedirectedUrl()).isEqualTo("/login?ended=true");
        assertThat(get("/editor/articles", second).getRedirectedUrl()).isEqualTo("/login?ended=true");
    }

    @Test
    void unchangedAccountKeepsItsSession() throws Exception {
        // given a signed-in editor whose account nobody touches
        String editor = testUsers.create(Role.EDITOR);
        Browser session = signIn(editor, TestUsers.PASSWORD);

        // when they work on
        MockHttpServletResponse first = get("/editor/articles", session);
        MockHttpServletResponse second = get("/editor/articles", session);

        // then
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(ended(session)).isFalse();
    }

    /** Signs in through the real form; the browser then carries what the response gave it. */
    private Browser signIn(String username, String password) throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.post("/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-in of " + username)
                .isEqualTo("/me");
        Browser browser = new Browser(sessionCookie(result.getResponse()), (MockHttpSession)
                result.getRequest().getSession(false));
        assertThat(browser.cookie() != null || browser.session() != null)
                .as("a session for " + username + ", set: "
                        + result.getResponse().getHeaders("Set-Cookie"))
                .isTrue();
        return browser;
    }

    /**
     * Spring Session's cookie: named JSESSIONID by server.servlet.session.cookie.name on a real
     * server, SESSION (its own default) under MockMvc, where Boot configures no server cookie.
     */
    static @Nullable Cookie sessionCookie(MockHttpServletResponse response) {
        Cookie cookie = response.getCookie("JSESSIONID");
        return cookie != null ? cookie : response.getCookie("SESSION");
    }

    /**
     * The session is over: gone from PostgreSQL (ADR 0076) when Spring Session's filter kept it
     * there, invalidated when MockMvc kept it in the request.
     */
    private boolean ended(Browser browser) {
        if (browser.cookie() == null) {
            return browser.session().isInvalid();
        }
        String id = new String(Base64.getDecoder().decode(browser.cookie().getValue()), StandardCharsets.US_ASCII);
        return jdbc.sql("select count(*) from identity.spring_session where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                == 0;
    }

    /** What a browser sends back: the session cookie, and MockMvc's own session when it kept one. */
    private record Browser(
            @Nullable Cookie cookie, @Nullable MockHttpSession session) implements RequestPostProcessor {
        @Override
        public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            if (session != null) {
                request.setSession(session);
            }
            return request;
        }
    }

    private MockHttpServletResponse get(String path, Browser session) throws Exception {
        return perform(MockMvcRequestBuilders.get(path).with(session));
    }

    private MockHttpServletResponse saveOwnOrganisation(Browser session, UUID organisation, String name)
            throws Exception {
        return perform(MockMvcRequestBuilders.post("/my-organisation")
                .with(session)
                .with(csrf())
                .param("type", "ENTERPRISE")
                .param("name", name)
                .param("province", "Tây Ninh")
                .param(
                        "version",
                        Long.toString(organisations.editable(organisation).version())));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** An administrator's edit of the user, as the user form saves it. */
    private void adminChanges(String username, UnaryOperator<UserAccounts.UserData> change) {
        UserAccounts.EditableUser editable = users.editable(testUsers.id(username));
        UserSummary user = editable.user();
        users.update(
                user.id(),
                editable.version(),
                change.apply(new UserAccounts.UserData(
                        user.displayName(), user.email(), user.roles(), user.organisationId(), user.enabled())));
    }

    private static UserAccounts.UserData data(
            UserAccounts.UserData user, Set<Role> roles, UUID organisation, boolean enabled) {
        return new UserAccounts.UserData(
                user.displayName(),
                user.email(),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                organisation,
                enabled);
    }
}
