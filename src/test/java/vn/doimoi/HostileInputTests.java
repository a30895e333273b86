package vn.doimoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.UriUtils;
import vn.doimoi.AuthorisationMatrix.Access;
import vn.doimoi.HostileValues.Input;
import vn.doimoi.HostileValues.Where;
import vn.doimoi.identity.Role;

/**
 * Every registered route, as a user its line of the authorisation matrix allows, receives
 * hostile values in each of its inputs in turn (the others plausible): none may answer 5xx.
 * One request per route, input and class of attack; all failures are reported together.
 */
@DoimoiSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    TestUsers testUsers;

    @Autowired
    org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

    private OneUserPerRole users;

    @BeforeAll
    void oneRealUserPerRole() {
        users = new OneUserPerRole(testUsers);
    }

    @Test
    void noRouteAnswers5xxToHostileValuesInAnyInput() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, HandlerMethod> route : routes().entrySet()) {
            String key = route.getKey();
            HttpMethod method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
            String pattern = key.substring(key.indexOf(' ') + 1);
            Role role = roleFor(key);
            List<Input> inputs = HostileValues.inputs(route.getValue());
            boolean multipart = inputs.stream().anyMatch(input -> input.where() == Where.FILE);
            for (Input attacked : inputs) {
                if (attacked.where() == Where.FILE) {
                    continue;
                }
                for (Map.Entry<String, String> hostile :
                        HostileValues.hostile(attacked).entrySet()) {
                    requests++;
                    String outcome = send(method, pattern, role, inputs, attacked, hostile.getValue(), multipart);
                    if (outcome != null) {
                        failures.add(key + " · " + attacked.name() + " = " + hostile.getKey() + " → " + outcome);
                    }
                }
            }
            for (Input map : inputs) {
                if (map.where() != Where.MAP) {
                    continue;
                }
                for (String choice : HostileValues.HAND_PARSED_CHOICES) {
                    requests++;
                    String outcome = sendOne(method, pattern, role, inputs, choice, multipart);
                    if (outcome != null) {
                        failures.add(key + " · " + choice + " = unknown constant alone → " + outcome);
                    }
                }
            }
            if (multipart) {
                requests++;
                String outcome = sendMalformedFilename(pattern, role, inputs);
                if (outcome != null) {
                    failures.add(key + " · malformed filename* → " + outcome);
                }
            }
        }
        System.out.printf("HostileInputTests: %d requests, %d failures%n", requests, failures.size());
        assertThat(failures)
                .as(
                        "%d of %d hostile requests answered 5xx:%n%s",
                        failures.size(), requests, String.join("\n", failures))
                .isEmpty();
    }

    /** Sends one request; null when it answered below 500, else what it answered. */
    private String send(
            HttpMethod method,
            String pattern,
            Role role,
            List<Input> inputs,
            Input attacked,
            String value,
            boolean multipart) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        AbstractMockHttpServletRequestBuilder<?> request;
        for (Input input : inputs) {
            if (input.where() == Where.PATH) {
                pathValues.put(input.name(), input == attacked ? value : HostileValues.plausible(input));
            }
        }
        URI uri = uri(pattern, pathValues);
        if (multipart) {
            MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(method, uri);
            for (Input input : inputs) {
                if (input.where() == Where.FILE) {
                    upload.file(new MockMultipartFile(
                            input.name(), "tep.txt", "text/plain", "nội dung".getBytes(StandardCharsets.UTF_8)));
                }
            }
            request = upload;
        } else {
            request = MockMvcRequestBuilders.request(method, uri);
        }
        for (Input input : inputs) {
            if (input.where() == Where.PARAM) {
                request.param(input.name(), input == attacked ? value : HostileValues.plausible(input));
            } else if (input.where() == Where.ROW && input == attacked) {
                request.param(input.name(), value);
            } else if (input.where() == Where.MAP && input == attacked) {
                // Reflection cannot see which names a hand-parsed form reads: attack them all at once.
                HostileValues.HAND_PARSED.forEach(name -> request.param(name, value));
            }
        }
        return outcome(request, method, role);
    }

    /** A hand-parsed form with one choice field, holding an unknown constant, and nothing else. */
    private String sendOne(
            HttpMethod method, String pattern, Role role, List<Input> inputs, String name, boolean multipart) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (input.where() == Where.PATH) {
                pathValues.put(input.name(), HostileValues.plausible(input));
            }
        }
        URI uri = uri(pattern, pathValues);
        AbstractMockHttpServletRequestBuilder<?> request =
                multipart ? MockMvcRequestBuilders.multipart(method, uri) : MockMvcRequestBuilders.request(method, uri);
        for (Input input : inputs) {
            if (input.where() == Where.PARAM) {
                request.param(input.name(), HostileValues.plausible(input));
            }
        }
        request.param(name, "KHONG_CO");
        return outcome(request, method, role);
    }

    /** An upload whose file part names itself with a broken RFC 5987 {@code filename*}. */
    private String sendMalformedFilename(String pattern, Role role, List<Input> inputs) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        List<MockPart> parts = new ArrayList<>();
        for (Input input : inputs) {
            if (input.where() == Where.PATH) {
                pathValues.put(input.name(), HostileValues.plausible(input));
            } else if (input.where() == Where.FILE) {
                MockPart part = new MockPart(input.name(), "nội dung".getBytes(StandardCharsets.UTF_8));
                part.getHeaders()
                        .set(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "form-data; name=\"" + input.name() + "\"; filename*=UTF-8''%ZZ%");
                parts.add(part);
            }
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(uri(pattern, pathValues))
                .contentType("multipart/form-data; boundary=ranh-gioi")
                .with(raw -> {
                    parts.forEach(raw::addPart);
                    return raw;
                });
        return outcome(request, HttpMethod.POST, role);
    }

    private String outcome(AbstractMockHttpServletRequestBuilder<?> request, HttpMethod method, Role role) {
        if (method != HttpMethod.GET) {
            request.with(csrf());
        }
        if (role != null) {
            // a signed-in user has a session (in PostgreSQL, ADR 0076): a page that stores its form
            // token late finds it, as in a browser, instead of creating one after the answer began
            request.with(user(users.principal(role)))
                    .cookie(new jakarta.servlet.http.Cookie("SESSION", newSession(sessions)));
        }
        try {
            var result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            if (status < 500) {
                return null;
            }
            Exception resolved = result.getResolvedException();
            return status + (resolved == null ? "" : " (" + describe(resolved) + ")");
        } catch (Exception e) {
            return "exception " + describe(e);
        }
    }

    private static <S extends org.springframework.session.Session> String newSession(
            org.springframework.session.SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        return java.util.Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).replace('\u0000', '0');
        return root.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
    }

    /** The role a route is attacked as: anonymous for public routes, else one its line allows. */
    private static Role roleFor(String route) {
        Access access = AuthorisationMatrix.MATRIX.get(route);
        if (access == null) {
            access = AuthorisationMatrix.MATRIX.get("ANY " + route.substring(route.indexOf(' ') + 1));
        }
        if (access == null || access == Access.PUBLIC) {
            return null;
        }
        return switch (access) {
            case SIGNED_IN, MEMBER -> Role.ORG_MEMBER;
            case ADMIN_OR_STAFF, STAFF_OR_AGENCY -> Role.STAFF;
            case EDITOR_STAFF_OR_ADMIN -> Role.EDITOR;
            default -> Role.ADMIN;
        };
    }

    private Map<String, HandlerMethod> routes() {
        Map<String, HandlerMethod> routes = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                Set<RequestMethod> methods =
                        entry.getKey().getMethodsCondition().getMethods();
                for (String pattern : entry.getKey().getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        routes.putIfAbsent("GET " + pattern, entry.getValue());
                    }
                    for (RequestMethod method : methods) {
                        routes.putIfAbsent(method.name() + " " + pattern, entry.getValue());
                    }
                }
            }
        }
        return routes;
    }

    /** The pattern with each variable filled in (encoded as a browser would), a fresh id when unnamed. */
    private static URI uri(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern.replace("/**", "/liveness"));
        StringBuilder path = new StringBuilder();
        Function<String, String> fill = name -> UriUtils.encodePathSegment(
                values.getOrDefault(name, UUID.randomUUID().toString()), StandardCharsets.UTF_8);
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(fill.apply(matcher.group(1))));
        }
        matcher.appendTail(path);
        return URI.create(path.toString());
    }
}
