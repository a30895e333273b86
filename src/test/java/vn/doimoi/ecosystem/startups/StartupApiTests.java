package vn.doimoi.ecosystem.startups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;

/**
 * {@code /api/v1/startups} (issue 21): recognised profiles with the public list's filters and
 * paging, one profile, the public facts only (no e-mail of the team, nothing not recognised), and a
 * Vietnamese ProblemDetail for a bad parameter, never a 500; documented in the OpenAPI.
 */
@DoimoiSpringTest
class StartupApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    StartupRegister register;

    private final String tag = "api" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recognisedProfilesAreListedFilteredAndShownWithThePublicFactsOnly() throws Exception {
        // given a recognised startup in Xã Bình Hiệp whose team text names an e-mail, and a draft incubator
        UUID startup = recognised(
                organisationIn("27793", "Công ty Khởi nghiệp " + tag),
                new ProfileFacts(
                        InnovatorKind.STARTUP,
                        StartupStage.PROTOTYPE,
                        2024,
                        4,
                        "Trưởng nhóm Lê Văn Sấy (say." + tag + "@example.vn), hai kỹ sư cơ khí",
                        "Máy sấy " + tag,
                        "Sấy thanh long cắt lát bằng nhiệt thải lò hơi",
                        Set.of("401"),
                        List.of(new FundingRound("Hạt giống", 2025, FundingRange.FROM_500M_TO_2B, "Quỹ Mekong"))));
        UUID draftOrganisation = organisationIn("27793", "Vườn ươm " + tag);
        signInAs(users.create(Role.ORG_MEMBER, draftOrganisation));
        UUID draft = register.saveMine(
                -1,
                new ProfileFacts(
                        InnovatorKind.INCUBATOR,
                        null,
                        null,
                        6,
                        "Ban điều hành",
                        "Vườn ươm " + tag,
                        "Cố vấn",
                        Set.of("2"),
                        List.of()));
        SecurityContextHolder.clearContext();

        // when a machine asks for startups in field 401 of that commune
        var list = mvc.get()
                .uri("/api/v1/startups")
                .param("kind", "STARTUP")
                .param("field", "4")
                .param("commune", "27793")
                .param("size", "100")
                .exchange();

        // then the recognised profile is there with its public facts, the e-mail taken out
        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyJson()
                .extractingPath("$.items[?(@.id == '" + startup + "')].product")
                .asArray()
                .containsExactly("Máy sấy " + tag);
        String body = list.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body)
                .contains("\"stage\":\"PROTOTYPE\"")
                .contains("\"amount\":\"FROM_500M_TO_2B\"")
                .contains("\"communeCode\":\"27793\"")
                .contains("\"totalElements\":")
                .doesNotContain("@example.vn")
                .doesNotContain("Vườn ươm " + tag)
                .doesNotContain("criteriaMet")
                .doesNotContain("decisionNote");
        assertThat(mvc.get()
                        .uri("/api/v1/startups")
                        .param("kind", "INVESTOR")
                        .param("field", "401")
                        .exchange())
                .bodyText()
                .doesNotContain(startup.toString());

        // and one profile: the recognised one answers, the draft and an unknown id answer 404
        assertThat(mvc.get().uri("/api/v1/startups/" + startup).exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("Công ty Khởi nghiệp " + tag);
        assertThat(mvc.get().uri("/api/v1/startups/" + draft).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/startups/" + UUID.randomUUID()).exchange())
                .hasStatus(404);
    }

    @Test
    void badParametersAreRefusedInVietnameseNeverA500() throws Exception {
        for (String[] bad : new String[][] {
            {"kind", "ROBOT"}, {"stage", "<script>"}, {"field", "abc"}, {"commune", "1 OR 1=1"}, {"page", "x"}
        }) {
            var answer = mvc.get().uri("/api/v1/startups").param(bad[0], bad[1]).exchange();
            assertThat(answer).hasStatus(400);
            assertThat(answer.getResponse().getContentType()).contains("application/problem+json");
            assertThat(answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("không hợp lệ cho tham số")
                    .contains(bad[0]);
        }
        assertThat(mvc.get().uri("/api/v1/startups/not-a-uuid").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/startups").param("size", "100000").exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.size")
                .isEqualTo(100);
        assertThat(mvc.get().uri("/api/docs").exchange())
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/startups")
                .contains("/api/v1/startups/{id}");
    }

    private UUID recognised(UUID organisation, ProfileFacts facts) {
        signInAs(users.create(Role.ORG_MEMBER, organisation));
        UUID id = register.saveMine(-1, facts);
        register.apply(id, register.mine().orElseThrow().version());
        signInAs(users.create(Role.STAFF));
        InnovatorProfile applied = register.get(id);
        register.recognise(
                id,
                applied.version(),
                Set.of("INNOVATIVE_PRODUCT", "GROWTH_POTENTIAL", "LEGAL_STANDING"),
                "Đủ tiêu chí");
        SecurityContextHolder.clearContext();
        return id;
    }

    private UUID organisationIn(String commune, String name) {
        return organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE, name, null, null, "80", commune, null, null, null, null, null));
    }

    private void signInAs(String username) {
        UserDetails principal = users.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
