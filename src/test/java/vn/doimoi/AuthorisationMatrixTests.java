package vn.doimoi;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import vn.doimoi.identity.Role;

/**
 * Every route the application registers, and who may use it. A new route without a line here
 * fails {@link #everyRegisteredRouteIsInTheMatrix}; each line is then checked for anonymous
 * visitors and for a real user of each role: allowed, sent to sign in, or refused (403).
 */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    /** Who may use a route. */
    enum Access {
        PUBLIC,
        SIGNED_IN,
        MEMBER,
        ADMIN_OR_STAFF,
        STAFF_OR_AGENCY,
        /** Portal editing: EDITOR, STAFF and ADMIN. */
        EDITOR_STAFF_OR_ADMIN,
        ADMIN;

        boolean allows(Role role) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case MEMBER -> role == Role.ORG_MEMBER;
                case ADMIN_OR_STAFF -> role == Role.ADMIN || role == Role.STAFF;
                case STAFF_OR_AGENCY -> role == Role.ADMIN || role == Role.STAFF || role == Role.AGENCY;
                case EDITOR_STAFF_OR_ADMIN -> role == Role.ADMIN || role == Role.STAFF || role == Role.EDITOR;
                case ADMIN -> role == Role.ADMIN;
            };
        }
    }

    static final Map<String, Access> MATRIX = Map.ofEntries(
            // portal, directory, search
            entry("GET /", Access.PUBLIC),
            entry("GET /login", Access.PUBLIC),
            entry("GET /search", Access.PUBLIC),
            entry("GET /organisations", Access.PUBLIC),
            entry("GET /organisations/{id}", Access.PUBLIC),
            entry("GET /people", Access.PUBLIC),
            entry("GET /people/{id}", Access.PUBLIC),
            entry("GET /my-profile", Access.SIGNED_IN),
            entry("POST /my-profile", Access.SIGNED_IN),
            entry("GET /admin/people/new", Access.ADMIN_OR_STAFF),
            entry("POST /admin/people/new", Access.ADMIN_OR_STAFF),
            entry("GET /admin/people/{id}", Access.ADMIN_OR_STAFF),
            entry("POST /admin/people/{id}", Access.ADMIN_OR_STAFF),
            entry("GET /admin/experts", Access.ADMIN_OR_STAFF),
            entry("ANY /error", Access.PUBLIC),
            // portal: news, documents, feeds
            entry("GET /news", Access.PUBLIC),
            entry("GET /news/category/{slug}", Access.PUBLIC),
            entry("GET /news/by-id/{id}", Access.PUBLIC),
            entry("GET /news/{slug}", Access.PUBLIC),
            entry("GET /news/{slug}/related", Access.PUBLIC),
            entry("GET /news/{slug}/print", Access.PUBLIC),
            entry("GET /news/{slug}/audio/{voice}", Access.PUBLIC),
            entry("GET /documents", Access.PUBLIC),
            entry("GET /documents/{id}", Access.PUBLIC),
            entry("GET /rss/{slug}", Access.PUBLIC),
            entry("GET /sitemap.xml", Access.PUBLIC),
            entry("GET /files/{name}", Access.PUBLIC),
            // portal editing
            entry("GET /editor/articles", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/articles/new", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/new", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/articles/{id}", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/{id}", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/articles/{id}/preview", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/{id}/status", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/categories", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/categories", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/documents", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/documents/new", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/documents/new", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/documents/{id}", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/documents/{id}", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /editor/banners", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/banners", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/banners/{id}/delete", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/images", Access.EDITOR_STAFF_OR_ADMIN),
            // public API and its documentation
            entry("GET /api/v1/search", Access.PUBLIC),
            entry("GET /api/v1/organisations", Access.PUBLIC),
            entry("GET /api/v1/organisations/{id}", Access.PUBLIC),
            entry("GET /api/docs", Access.PUBLIC),
            entry("GET /api/docs.yaml", Access.PUBLIC),
            entry("GET /api/docs/swagger-config", Access.PUBLIC),
            entry("GET /api/swagger-ui.html", Access.PUBLIC),
            // operations
            entry("GET /actuator/health", Access.PUBLIC),
            entry("GET /actuator/health/**", Access.PUBLIC),
            entry("GET /actuator/info", Access.PUBLIC),
            entry("GET /actuator", Access.ADMIN),
            entry("GET /actuator/prometheus", Access.ADMIN),
            // own account
            entry("GET /account/password", Access.SIGNED_IN),
            entry("POST /account/password", Access.SIGNED_IN),
            entry("GET /notifications", Access.SIGNED_IN),
            entry("POST /notifications/read-all", Access.SIGNED_IN),
            // directory administration
            entry("GET /admin/organisations", Access.ADMIN_OR_STAFF),
            entry("GET /admin/organisations/new", Access.ADMIN_OR_STAFF),
            entry("POST /admin/organisations/new", Access.ADMIN_OR_STAFF),
            entry("GET /admin/organisations/{id}", Access.ADMIN_OR_STAFF),
            entry("POST /admin/organisations/{id}", Access.ADMIN_OR_STAFF),
            entry("POST /admin/organisations/{id}/verification", Access.ADMIN_OR_STAFF),
            entry("GET /admin/organisations/export.xlsx", Access.ADMIN_OR_STAFF),
            entry("GET /admin/organisations/template.xlsx", Access.ADMIN_OR_STAFF),
            entry("POST /admin/organisations/import", Access.ADMIN_OR_STAFF),
            entry("GET /my-organisation", Access.MEMBER),
            entry("POST /my-organisation", Access.MEMBER),
            entry("GET /admin/field-codes", Access.ADMIN),
            entry("POST /admin/field-codes", Access.ADMIN),
            // users and audit
            entry("GET /admin/users", Access.ADMIN),
            entry("GET /admin/users/new", Access.ADMIN),
            entry("POST /admin/users/new", Access.ADMIN),
            entry("GET /admin/users/{id}", Access.ADMIN),
            entry("POST /admin/users/{id}", Access.ADMIN),
            entry("GET /admin/audit", Access.ADMIN),
            entry("GET /admin/audit/verify", Access.ADMIN),
            // programmes: public pages, STAFF's monitoring, agencies' reports
            entry("GET /programs", Access.PUBLIC),
            entry("GET /programs/{id}", Access.PUBLIC),
            entry("GET /programs/manage", Access.ADMIN_OR_STAFF),
            entry("GET /programs/manage/{id}", Access.ADMIN_OR_STAFF),
            entry("GET /programs/manage/{id}/assignments/new", Access.ADMIN_OR_STAFF),
            entry("POST /programs/manage/{id}/assignments/new", Access.ADMIN_OR_STAFF),
            entry("GET /programs/manage/{id}/summary.pdf", Access.ADMIN_OR_STAFF),
            entry("GET /programs/manage/{id}/summary.xlsx", Access.ADMIN_OR_STAFF),
            entry("POST /programs/manage/reports/{id}/accept", Access.ADMIN_OR_STAFF),
            entry("POST /programs/manage/reports/{id}/changes", Access.ADMIN_OR_STAFF),
            entry("POST /programs/manage/indicators/{id}/published", Access.ADMIN_OR_STAFF),
            entry("POST /programs/manage/indicators/{id}/targets", Access.ADMIN_OR_STAFF),
            entry("GET /programs/reports", Access.STAFF_OR_AGENCY),
            entry("GET /programs/reports/assignments/{id}", Access.STAFF_OR_AGENCY),
            entry("GET /programs/reports/assignments/{id}/new", Access.STAFF_OR_AGENCY),
            entry("POST /programs/reports/assignments/{id}/new", Access.STAFF_OR_AGENCY),
            entry("GET /programs/reports/{id}", Access.STAFF_OR_AGENCY),
            entry("GET /programs/reports/{id}/edit", Access.STAFF_OR_AGENCY),
            entry("POST /programs/reports/{id}/edit", Access.STAFF_OR_AGENCY),
            entry("GET /programs/reports/{id}/evidence/{fileId}", Access.STAFF_OR_AGENCY),
            // portal (issue 3 remainder): scheduled publishing, covers, attachments
            entry("POST /editor/articles/{id}/schedule", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/{id}/schedule/cancel", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/{id}/cover", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/articles/{id}/cover/remove", Access.EDITOR_STAFF_OR_ADMIN),
            entry("GET /documents/{id}/attachments/{attachmentId}", Access.PUBLIC),
            entry("POST /editor/documents/{id}/attachments", Access.EDITOR_STAFF_OR_ADMIN),
            entry("POST /editor/documents/{id}/attachments/{attachmentId}/delete", Access.EDITOR_STAFF_OR_ADMIN),
            // directory-rest (issue 4): people in Excel, people API
            entry("GET /admin/people", Access.ADMIN_OR_STAFF),
            entry("GET /admin/people/export.xlsx", Access.ADMIN_OR_STAFF),
            entry("GET /admin/people/template.xlsx", Access.ADMIN_OR_STAFF),
            entry("POST /admin/people/import", Access.ADMIN_OR_STAFF),
            entry("GET /api/v1/people", Access.PUBLIC),
            entry("GET /api/v1/people/{id}", Access.PUBLIC),
            // projects part 2: task execution (hosts and adopters signed in, ownership in the service),
            // STAFF's management, the public register of results and its API
            entry("GET /execution", Access.SIGNED_IN),
            entry("GET /execution/tasks/{id}", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/reports/{reportId}", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/tranches/{trancheId}/request", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/acceptance", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/result", Access.SIGNED_IN),
            entry("GET /execution/tasks/{id}/contract.pdf", Access.SIGNED_IN),
            entry("GET /execution/tasks/{id}/minutes.pdf", Access.SIGNED_IN),
            entry("GET /execution/tasks/{id}/files/{fileId}", Access.SIGNED_IN),
            entry("GET /execution/results/{id}/uses/new", Access.SIGNED_IN),
            entry("POST /execution/results/{id}/uses/new", Access.SIGNED_IN),
            entry("GET /staff/execution", Access.ADMIN_OR_STAFF),
            entry("GET /staff/execution/payments.xlsx", Access.ADMIN_OR_STAFF),
            entry("GET /staff/execution/tasks/{id}/contract", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/contract", Access.ADMIN_OR_STAFF),
            entry("GET /staff/execution/tasks/{id}/contract/amend", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/contract/amend", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/contract/sign", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/contract/terminate", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/reports/{reportId}/accept", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/tranches/{trancheId}/approve", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/tranches/{trancheId}/reject", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/tranches/{trancheId}/paid", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/acceptance", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/result", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/assets", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/assets/{assetId}", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/liquidation", Access.ADMIN_OR_STAFF),
            entry("GET /staff/execution/tasks/{id}/dossier.zip", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/uses/{useId}/confirm", Access.ADMIN_OR_STAFF),
            entry("GET /results", Access.PUBLIC),
            entry("GET /results/{id}", Access.PUBLIC),
            entry("GET /api/v1/results", Access.PUBLIC),
            entry("GET /api/v1/results/{id}", Access.PUBLIC),
            // market: public listings and API, members' listings, deals, STAFF moderation and statistics
            entry("GET /market", Access.PUBLIC),
            entry("GET /market/listings/{id}", Access.PUBLIC),
            entry("GET /market/listings/{id}/matches", Access.PUBLIC),
            entry("POST /market/listings/{id}/interest", Access.SIGNED_IN),
            entry("POST /market/listings/{id}/broker-help", Access.SIGNED_IN),
            entry("GET /api/v1/market/listings", Access.PUBLIC),
            entry("GET /api/v1/market/listings/{id}", Access.PUBLIC),
            entry("GET /api/v1/market/listings/{id}/matches", Access.PUBLIC),
            entry("GET /market/my", Access.SIGNED_IN),
            entry("GET /market/demands/new", Access.MEMBER),
            entry("POST /market/demands/new", Access.MEMBER),
            entry("GET /market/my/listings/new", Access.MEMBER),
            entry("POST /market/my/listings/new", Access.MEMBER),
            entry("GET /market/my/listings/{id}/edit", Access.MEMBER),
            entry("POST /market/my/listings/{id}/edit", Access.MEMBER),
            entry("POST /market/my/listings/{id}/submit", Access.MEMBER),
            entry("POST /market/my/listings/{id}/reconfirm", Access.MEMBER),
            entry("POST /market/my/listings/{id}/archive", Access.MEMBER),
            entry("GET /market/deals/{id}", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/accept", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/broker", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/introduced", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/signed", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/documents", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/registered", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/decline", Access.SIGNED_IN),
            // issue 16 · brokers: who brokers a deal is the parties' choice; which deal a broker may
            // see or take is checked with real deals in BrokerDealAccessTests
            entry("POST /market/deals/{id}/broker/invite", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/broker/seek", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/broker/consent", Access.SIGNED_IN),
            entry("POST /market/deals/{id}/broker/withdraw", Access.SIGNED_IN),
            entry("GET /market/saved-searches", Access.SIGNED_IN),
            entry("POST /market/saved-searches", Access.SIGNED_IN),
            entry("POST /market/saved-searches/{id}/delete", Access.SIGNED_IN),
            entry("GET /staff/market", Access.ADMIN_OR_STAFF),
            entry("POST /staff/market/listings/{id}/publish", Access.ADMIN_OR_STAFF),
            entry("POST /staff/market/listings/{id}/reject", Access.ADMIN_OR_STAFF),
            entry("GET /staff/market/statistics", Access.ADMIN_OR_STAFF),
            entry("GET /staff/market/statistics.xlsx", Access.ADMIN_OR_STAFF),
            entry("GET /market/listings/{id}/attachments/{attachmentId}", Access.PUBLIC),
            entry("GET /market/listings/{id}/attachments/{attachmentId}/thumbnail", Access.PUBLIC),
            entry("POST /market/my/listings/{id}/attachments", Access.MEMBER),
            entry("POST /market/my/listings/{id}/attachments/{attachmentId}/delete", Access.MEMBER),
            // projects (S&T tasks, part 1): calls, dossiers, councils, approval, public register, API
            entry("GET /calls", Access.PUBLIC),
            entry("GET /calls/{id}", Access.PUBLIC),
            entry("POST /calls/{id}/dossiers", Access.MEMBER),
            entry("GET /tasks", Access.PUBLIC),
            entry("GET /tasks/{id}", Access.PUBLIC),
            entry("GET /api/v1/calls", Access.PUBLIC),
            entry("GET /api/v1/calls/{id}", Access.PUBLIC),
            entry("GET /api/v1/tasks", Access.PUBLIC),
            entry("GET /api/v1/tasks/{id}", Access.PUBLIC),
            entry("GET /dossiers", Access.SIGNED_IN),
            entry("GET /dossiers/{id}", Access.SIGNED_IN),
            entry("GET /dossiers/{id}/edit", Access.SIGNED_IN),
            entry("POST /dossiers/{id}/edit", Access.SIGNED_IN),
            entry("POST /dossiers/{id}/submit", Access.SIGNED_IN),
            entry("GET /councils", Access.SIGNED_IN),
            entry("GET /councils/{id}", Access.SIGNED_IN),
            entry("POST /councils/{id}/members", Access.ADMIN_OR_STAFF),
            entry("POST /councils/{id}/declare", Access.SIGNED_IN),
            entry("POST /councils/{id}/start", Access.ADMIN_OR_STAFF),
            entry("POST /councils/{id}/scores/{dossierId}", Access.SIGNED_IN),
            entry("POST /councils/{id}/conclude", Access.ADMIN_OR_STAFF),
            entry("GET /councils/{id}/minutes.pdf", Access.SIGNED_IN),
            // councils: one council engine (issue 17 #2): declared conflicts, paper entry by STAFF
            entry("POST /councils/{id}/conflict", Access.SIGNED_IN),
            entry("POST /staff/tasks/councils/{id}/paper-declarations", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/councils/{id}/paper-sheets/{dossierId}", Access.ADMIN_OR_STAFF),
            entry("POST /identification/{id}/conflict", Access.SIGNED_IN),
            entry("POST /staff/tasks/rounds/{id}/paper-declarations", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/paper-sheets/{proposalId}", Access.ADMIN_OR_STAFF),
            entry("GET /staff/tasks", Access.ADMIN_OR_STAFF),
            entry("GET /staff/tasks/calls/new", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/new", Access.ADMIN_OR_STAFF),
            entry("GET /staff/tasks/calls/{id}", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/{id}/open", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/{id}/close", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/{id}/open-dossiers", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/{id}/council", Access.ADMIN_OR_STAFF),
            entry("GET /staff/tasks/{id}", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/{id}/appraise", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/{id}/approve", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/sanctions", Access.ADMIN_OR_STAFF),
            entry("GET /proposals", Access.SIGNED_IN),
            entry("GET /proposals/new", Access.SIGNED_IN),
            entry("POST /proposals/new", Access.SIGNED_IN),
            entry("POST /proposals/{id}/reject", Access.ADMIN_OR_STAFF),
            entry("POST /proposals/{id}/order", Access.ADMIN_OR_STAFF),
            // projects part 1, second round: identification rounds, ordered list, dossier files, call editing
            entry("GET /staff/tasks/rounds", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/proposals", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/council", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/members", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/start", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/outcomes/{proposalId}", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/conclude", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/rounds/{id}/ordered-list", Access.ADMIN_OR_STAFF),
            entry("GET /staff/tasks/rounds/{id}/decision.pdf", Access.ADMIN_OR_STAFF),
            entry("GET /identification", Access.SIGNED_IN),
            entry("GET /identification/{id}", Access.SIGNED_IN),
            entry("POST /identification/{id}/declare", Access.SIGNED_IN),
            entry("POST /identification/{id}/scores/{proposalId}", Access.SIGNED_IN),
            entry("POST /dossiers/{id}/files", Access.SIGNED_IN),
            entry("POST /dossiers/{id}/files/{fileId}/delete", Access.SIGNED_IN),
            entry("GET /dossiers/{id}/files/{fileId}", Access.SIGNED_IN),
            entry("GET /staff/tasks/calls/{id}/edit", Access.ADMIN_OR_STAFF),
            entry("POST /staff/tasks/calls/{id}/edit", Access.ADMIN_OR_STAFF),
            // projects part 2, second round: inspections, adjustments, acceptance council (issue 6)
            entry("GET /execution/tasks/{id}/inspections/{inspectionId}/minutes.pdf", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/adjustments", Access.SIGNED_IN),
            entry("POST /execution/tasks/{id}/adjustments/{adjustmentId}/withdraw", Access.SIGNED_IN),
            entry("POST /staff/execution/tasks/{id}/inspections", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/adjustments/{adjustmentId}/decision", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/council", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/council/sheets/{personId}", Access.ADMIN_OR_STAFF),
            entry("POST /staff/execution/tasks/{id}/council/conclude", Access.ADMIN_OR_STAFF),
            // acceptance council members online (their seat comes from their linked person, checked in the service)
            entry("GET /execution/councils/{taskId}", Access.SIGNED_IN),
            entry("POST /execution/councils/{taskId}/declare", Access.SIGNED_IN),
            entry("POST /execution/councils/{taskId}/sheet", Access.SIGNED_IN),
            entry("GET /execution/councils/{taskId}/files/{fileId}", Access.SIGNED_IN));

    @Autowired
    MockMvc mvc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    TestUsers testUsers;

    private final Map<Role, String> usernames = new EnumMap<>(Role.class);

    @BeforeAll
    void oneRealUserPerRole() {
        for (Role role : Role.values()) {
            usernames.put(role, testUsers.create(role));
        }
    }

    @Test
    void everyRegisteredRouteIsInTheMatrix() {
        Set<String> registered = registeredRoutes();

        assertThat(registered)
                .as("routes missing from the authorisation matrix")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet())
                .as("matrix lines for routes that no longer exist")
                .isSubsetOf(registered);
    }

    @TestFactory
    Stream<DynamicTest> eachRouteAnswersAnonymousVisitorsAndEachRoleAsTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Access> line : new java.util.TreeMap<>(MATRIX).entrySet()) {
            String route = line.getKey();
            Access access = line.getValue();
            tests.add(DynamicTest.dynamicTest(route + " · anonymous", () -> {
                MockHttpServletResponse response = perform(route, null);
                if (access == Access.PUBLIC) {
                    assertAllowed(route, "anonymous", response);
                } else if (pathOf(route).startsWith("/api/")) {
                    assertThat(response.getStatus()).as(route).isEqualTo(401);
                } else {
                    assertThat(response.getStatus()).as(route).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).as(route).endsWith("/login");
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(route + " · " + role, () -> {
                    MockHttpServletResponse response = perform(route, role);
                    if (access.allows(role)) {
                        assertAllowed(route, role.name(), response);
                    } else {
                        assertThat(response.getStatus())
                                .as(route + " as " + role)
                                .isEqualTo(403);
                    }
                }));
            }
        }
        return tests.stream();
    }

    // sessions (issue 16, ADR 0029): a user disabled after their principal was loaded (an open
    // session) is refused every non-public route: sent to sign in for pages, 401 under /api/**.
    // An administrator, so that no role rule could be what refuses them.
    private org.springframework.security.core.userdetails.UserDetails disabledAfterSignIn;

    @BeforeAll
    void anAdministratorDisabledAfterSigningIn(@Autowired vn.doimoi.identity.user.UserAccounts users) {
        String username = testUsers.create(Role.ADMIN);
        disabledAfterSignIn = testUsers.principal(username);
        var editable = users.editable(testUsers.id(username));
        var user = editable.user();
        users.update(
                user.id(),
                editable.version(),
                new vn.doimoi.identity.user.UserAccounts.UserData(
                        user.displayName(), user.email(), user.roles(), user.organisationId(), false));
    }

    @TestFactory
    Stream<DynamicTest> eachNonPublicRouteRefusesAUserDisabledAfterSigningIn() {
        return new java.util.TreeMap<>(MATRIX)
                .entrySet().stream()
                        .filter(line -> line.getValue() != Access.PUBLIC)
                        .map(line -> DynamicTest.dynamicTest(line.getKey() + " · disabled", () -> {
                            String route = line.getKey();
                            String method = route.substring(0, route.indexOf(' '));
                            String path = samplePath(pathOf(route));
                            MockHttpServletRequestBuilder request = "POST".equals(method)
                                    ? MockMvcRequestBuilders.post(path).with(csrf())
                                    : MockMvcRequestBuilders.get(path);
                            MockHttpServletResponse response = mvc.perform(request.with(user(disabledAfterSignIn)))
                                    .andReturn()
                                    .getResponse();
                            if (path.startsWith("/api/")) {
                                assertThat(response.getStatus()).as(route).isEqualTo(401);
                            } else {
                                assertThat(response.getStatus()).as(route).isEqualTo(302);
                                assertThat(response.getRedirectedUrl())
                                        .as(route)
                                        .startsWith("/login");
                            }
                        }));
    }

    private MockHttpServletResponse perform(String route, Role role) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = samplePath(pathOf(route));
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? MockMvcRequestBuilders.post(path).with(csrf())
                : MockMvcRequestBuilders.get(path);
        if (role != null) {
            request.with(user(testUsers.principal(usernames.get(role))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertAllowed(String route, String who, MockHttpServletResponse response) {
        assertThat(response.getStatus()).as(route + " as " + who).isNotIn(401, 403);
        String redirect = response.getRedirectedUrl();
        if (redirect != null) {
            assertThat(redirect).as(route + " as " + who).doesNotEndWith("/login");
        }
    }

    private Set<String> registeredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("ANY " + pattern);
                    }
                    for (RequestMethod method : methods) {
                        routes.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    private static String pathOf(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }

    /** A concrete URL for a pattern: a fresh id for each variable, a name for each wildcard. */
    private static String samplePath(String pattern) {
        return pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()).replace("/**", "/liveness");
    }
}
