package vn.doimoi.ecosystem.startups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.directory.OrganisationType;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.Role;
import vn.doimoi.market.OrganisationCandidate;
import vn.doimoi.market.OrganisationCandidates;
import vn.doimoi.search.SearchHit;
import vn.doimoi.search.SiteSearch;
import vn.doimoi.shared.DomainException;

/**
 * A startup's profile from the member's form to STAFF's recognition, through the pages as their users
 * use them, and what recognition changes: the public list and its filters, the one search, the
 * market's candidates, the programme's figure, "Việc của tôi", the audit trail.
 */
@DoimoiSpringTest
class StartupJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    StartupRegister register;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    SiteSearch search;

    @Autowired
    List<OrganisationCandidates> candidates;

    @Autowired
    JdbcClient jdbc;

    private final String tag = "ks" + UUID.randomUUID().toString().substring(0, 6);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aMemberAppliesStaffRecogniseAndTheStartupIsPublicSearchableAndCounted() throws Exception {
        // given a member of an enterprise in Xã Bình Hiệp, Tây Ninh
        UUID organisation = organisationIn("27793", "Công ty Khởi nghiệp " + tag);
        String member = users.create(Role.ORG_MEMBER, organisation);
        String staff = users.create(Role.STAFF);
        BigDecimal before = figures.valueAt(EcosystemFigure.STARTUPS_SUPPORTED, Instant.now());

        // when the member saves the profile through the form and applies
        mvc.perform(post("/ecosystem/startups/my")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("kind", "STARTUP")
                        .param("stage", "PROTOTYPE")
                        .param("foundedYear", "2024")
                        .param("teamSize", "4")
                        .param("team", "Hai kỹ sư cơ khí, một kỹ sư điện")
                        .param("product", "Máy sấy thanh long " + tag)
                        .param("productDescription", "Sấy thanh long cắt lát bằng nhiệt thải lò hơi")
                        .param("fieldCodes", "401", "2")
                        .param("roundNames", "Hạt giống", "")
                        .param("roundYears", "2025", "")
                        .param("roundRanges", "FROM_500M_TO_2B", "UNDER_500M")
                        .param("roundInvestors", "Quỹ đầu tư Mekong", "")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        InnovatorProfile draft = mineAs(member);
        assertThat(draft.fundingRounds()).singleElement().satisfies(round -> {
            assertThat(round.amount()).isEqualTo(FundingRange.FROM_500M_TO_2B);
            assertThat(round.investor()).isEqualTo("Quỹ đầu tư Mekong");
        });
        // a draft is nobody else's business
        mvc.perform(get("/ecosystem/startups/" + draft.id())).andExpect(status().isNotFound());
        mvc.perform(post("/ecosystem/startups/my/apply")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("version", String.valueOf(draft.version())))
                .andExpect(status().is3xxRedirection());

        // then it waits in STAFF's "Việc của tôi"
        String me = page("/me", staff);
        assertThat(me).contains("Xem xét công nhận khởi nghiệp: Máy sấy thanh long " + tag);
        String review = page("/staff/ecosystem/startups/" + draft.id(), staff);
        assertThat(review)
                .contains("KN-ND268-2025")
                .contains("INNOVATIVE_PRODUCT")
                .doesNotContain("INVESTMENT_RECORD");

        // when STAFF tick only some criteria, the recognition is refused and the profile still waits
        long version = mineAs(member).version();
        mvc.perform(post("/staff/ecosystem/startups/" + draft.id() + "/recognise")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("criteria", "INNOVATIVE_PRODUCT")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(mineAs(member).state()).isEqualTo(RecognitionState.APPLIED);

        // when they confirm every criterion
        mvc.perform(post("/staff/ecosystem/startups/" + draft.id() + "/recognise")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("criteria", "INNOVATIVE_PRODUCT", "GROWTH_POTENTIAL", "LEGAL_STANDING")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        // then it is recognised under the version in force, audited, public, filtered, searchable and counted
        InnovatorProfile recognised = mineAs(member);
        assertThat(recognised.state()).isEqualTo(RecognitionState.RECOGNISED);
        assertThat(recognised.ruleVersion()).isEqualTo("KN-ND268-2025");
        assertThat(jdbc.sql("select action from identity.audit_log where entity_id = ? order by seq")
                        .param(draft.id().toString())
                        .query(String.class)
                        .list())
                .containsExactly("innovator.created", "innovator.applied", "innovator.recognised");
        String profile = mvc.perform(get("/ecosystem/startups/" + draft.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile)
                .contains("Công ty Khởi nghiệp " + tag)
                .contains("Từ 500 triệu đến 2 tỷ đồng")
                .contains("Xã Bình Hiệp");
        assertThat(publicList("?kind=STARTUP&stage=PROTOTYPE&field=401&commune=27793"))
                .contains("Máy sấy thanh long " + tag);
        assertThat(publicList("?kind=INCUBATOR")).doesNotContain("Máy sấy thanh long " + tag);
        assertThat(publicList("?stage=GROWTH")).doesNotContain("Máy sấy thanh long " + tag);
        assertThat(publicList("?field=102")).doesNotContain("Máy sấy thanh long " + tag);
        assertThat(publicList("?commune=25459")).doesNotContain("Máy sấy thanh long " + tag);
        assertThat(search.search(tag, "startup", Map.of(), 0, 10).hits())
                .extracting(SearchHit::url)
                .containsExactly("/ecosystem/startups/" + draft.id());
        assertThat(figures.valueAt(EcosystemFigure.STARTUPS_SUPPORTED, Instant.now()))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
        assertThat(candidates.stream()
                        .flatMap(c -> c.forFields(Set.of("40102"), 50).stream())
                        .map(OrganisationCandidate::organisationId))
                .contains(organisation);
    }

    @Test
    void aRefusalCarriesItsReasonsToTheMemberWhoCompletesAndAppliesAgain() throws Exception {
        // given an applied incubator
        UUID organisation = organisationIn(null, "Vườn ươm " + tag);
        String member = users.create(Role.ORG_MEMBER, organisation);
        String staff = users.create(Role.STAFF);
        signInAs(member);
        UUID id = register.saveMine(-1, incubator("Chương trình ươm tạo " + tag));
        register.apply(id, register.mine().orElseThrow().version());
        long version = register.mine().orElseThrow().version();

        // when STAFF refuse without reasons, nothing changes; with reasons, the profile is refused
        signInAs(staff);
        assertThatThrownBy(() -> register.refuse(id, version, " "))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.reasons");
        mvc.perform(post("/staff/ecosystem/startups/" + id + "/refuse")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("note", "Chưa có cơ sở vật chất ươm tạo")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());

        // then the member reads the reasons on its page and in "Việc của tôi", and may apply again
        assertThat(page("/ecosystem/startups/my", member))
                .contains("Không được công nhận")
                .contains("Chưa có cơ sở vật chất ươm tạo")
                .contains("apply-form");
        assertThat(page("/me", member)).contains("Bổ sung hồ sơ khởi nghiệp không được công nhận");
        assertThat(publicList("")).doesNotContain("Chương trình ươm tạo " + tag);
        signInAs(member);
        register.saveMine(register.mine().orElseThrow().version(), incubator("Chương trình ươm tạo 2 " + tag));
        register.apply(id, register.mine().orElseThrow().version());
        assertThat(register.mine().orElseThrow().state()).isEqualTo(RecognitionState.APPLIED);
    }

    @Test
    void anotherOrganisationsMemberAStaleFormAndGarbageAreRefusedClearly() throws Exception {
        // given two enterprises, one with a profile
        UUID mine = organisationIn(null, "Công ty Một " + tag);
        UUID theirs = organisationIn(null, "Công ty Hai " + tag);
        String member = users.create(Role.ORG_MEMBER, mine);
        String other = users.create(Role.ORG_MEMBER, theirs);
        signInAs(member);
        UUID id = register.saveMine(-1, incubator("Dịch vụ " + tag));

        // another organisation's member cannot write it, apply for it or read the draft
        signInAs(other);
        assertThatThrownBy(() -> register.save(mine, 0, incubator("Chiếm " + tag)))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.notYours");
        assertThatThrownBy(() -> register.apply(id, 0))
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.notYours");
        mvc.perform(get("/ecosystem/startups/" + id).with(user(users.principal(other))))
                .andExpect(status().isNotFound());
        // a member cannot decide
        mvc.perform(post("/staff/ecosystem/startups/" + id + "/recognise")
                        .with(user(users.principal(other)))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // a form read before someone else saved is refused (optimistic locking)
        signInAs(member);
        long read = register.mine().orElseThrow().version();
        register.saveMine(read, incubator("Dịch vụ mới " + tag));
        assertThatThrownBy(() -> register.saveMine(read, incubator("Dịch vụ cũ " + tag)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "startups.error.stale");

        // garbage in every field: the form again with Vietnamese errors, never a 500
        String garbage = mvc.perform(post("/ecosystem/startups/my")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("kind", "<script>")
                        .param("stage", "X")
                        .param("foundedYear", "năm ngoái")
                        .param("teamSize", "-3")
                        .param("product", "")
                        .param("fieldCodes", "99999")
                        .param("roundNames", "Vòng A")
                        .param("roundYears", "abc")
                        .param("version", "zz"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(garbage).contains("Năm thành lập và số thành viên phải là số nguyên");
        String unknownField = mvc.perform(post("/ecosystem/startups/my")
                        .with(user(users.principal(member)))
                        .with(csrf())
                        .param("kind", "INCUBATOR")
                        .param("teamSize", "3")
                        .param("product", "Vườn ươm")
                        .param("productDescription", "Ươm tạo")
                        .param("fieldCodes", "99999")
                        .param("version", String.valueOf(mineAs(member).version())))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownField).contains("Mã lĩnh vực 99999 không có trong bảng phân loại");
        mvc.perform(get("/ecosystem/startups?kind=<x>&stage=%00&field=abc&commune=' or 1=1"))
                .andExpect(status().isOk());
        mvc.perform(get("/ecosystem/startups/not-a-uuid")).andExpect(status().is4xxClientError());
    }

    private ProfileFacts incubator(String product) {
        return new ProfileFacts(
                InnovatorKind.INCUBATOR,
                null,
                null,
                6,
                "Ban điều hành vườn ươm",
                product,
                "Không gian làm việc chung, cố vấn, kết nối nhà đầu tư",
                Set.of("2"),
                List.of());
    }

    private UUID organisationIn(String commune, String name) {
        return organisations.create(new OrganisationData(
                OrganisationType.ENTERPRISE, name, null, null, "80", commune, null, null, null, null, null));
    }

    private String publicList(String query) throws Exception {
        return mvc.perform(get("/ecosystem/startups" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(users.principal(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The member's profile, read signed in as the member (MockMvc's requests clear the signed-in user). */
    private InnovatorProfile mineAs(String member) {
        signInAs(member);
        return register.mine().orElseThrow();
    }

    private void signInAs(String username) {
        UserDetails principal = users.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
