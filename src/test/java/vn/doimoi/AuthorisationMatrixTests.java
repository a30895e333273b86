package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
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
import vn.doimoi.AuthorisationMatrix.Access;
import vn.doimoi.identity.Role;

/**
 * Every route the application registers, and who may use it ({@link AuthorisationMatrix}). A new route without a line here
 * fails {@link #everyRegisteredRouteIsInTheMatrix}; each line is then checked for anonymous
 * visitors and for a real user of each role: allowed, sent to sign in, or refused (403).
 */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    private static final Map<String, Access> MATRIX = AuthorisationMatrix.MATRIX;

    @Autowired
    MockMvc mvc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    TestUsers testUsers;

    private OneUserPerRole users;

    @BeforeAll
    void oneRealUserPerRole() {
        users = new OneUserPerRole(testUsers);
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
                } else if (pathOf(route).startsWith("/api/") || access == Access.API_KEY) {
                    assertThat(response.getStatus()).as(route).isEqualTo(401);
                } else {
                    assertThat(response.getStatus()).as(route).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).as(route).endsWith("/login");
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(route + " · " + role, () -> {
                    MockHttpServletResponse response = perform(route, role);
                    if (access == Access.API_KEY) {
                        // a signed-in session is no key: the EPCIS API answers 401 to every role
                        assertThat(response.getStatus())
                                .as(route + " as " + role)
                                .isEqualTo(401);
                    } else if (access.allows(role)) {
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
                            if (path.startsWith("/api/") || line.getValue() == Access.API_KEY) {
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
            request.with(user(users.principal(role)));
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
