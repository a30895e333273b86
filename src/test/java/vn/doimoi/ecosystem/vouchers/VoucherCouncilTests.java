package vn.doimoi.ecosystem.vouchers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.organisation.Organisations;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingImport;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewRole;

/**
 * Issue 21's review of support applications by a council (ADR 0080), on the real database and
 * pages: two enterprises apply; nothing is granted before a council; STAFF send the programme's
 * applications to a council of the projects' engine, whose seated expert sees it in "Việc của tôi",
 * declares and scores on the council's own page; the conclusion (averages against the rule version's
 * pass mark) lets the Department grant the application that passed and refuse the other with the
 * council's reasons, and each enterprise sees its outcome.
 */
@DoimoiSpringTest
class VoucherCouncilTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Organisations organisations;

    @Autowired
    ListingImport listings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PaperCouncil paper;

    @Autowired
    ReviewCouncils councils;

    @Autowired
    Directory directory;

    VoucherWorld world;

    @BeforeEach
    void aDepartmentTwoEnterprisesAndAProvider() {
        world = new VoucherWorld(mvc, users, organisations, listings, jdbc, clock, paper);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCouncilReviewsTheApplicationsAndItsConclusionFeedsTheDecision() {
        // given a programme and two verified enterprises that applied
        UUID programme = world.programme(1_000_000_000L, 60_000_000L);
        UUID first = world.applied(world.member, world.enterprise, programme, 50_000_000L);
        UUID secondEnterprise = users.organisation();
        organisations.setVerified(secondEnterprise, true);
        String secondMember = users.create(Role.ORG_MEMBER, secondEnterprise);
        UUID second = world.applied(secondMember, secondEnterprise, programme, 40_000_000L);
        String grant = "/staff/ecosystem/vouchers/applications/" + first + "/grant";

        // then STAFF are asked to send them to a council, and cannot grant before one concluded
        assertThat(world.get(world.staff, "/me")).bodyText().contains("2 hồ sơ chờ đưa ra hội đồng tư vấn");
        assertThat(world.get(world.staff, "/staff/ecosystem/vouchers/applications/" + first))
                .bodyText()
                .contains("Hồ sơ chờ Sở đưa ra hội đồng tư vấn")
                .doesNotContain("grant-form");
        assertThat(VoucherWorld.problem(
                        world.post(world.staff, grant, Map.of("version", world.version(first), "amount", "50000000"))))
                .isEqualTo("vouchers.error.councilFirst");

        // when STAFF send the programme's applications to a council from their desk
        assertThat(world.sendToCouncil(programme)).hasStatus3xxRedirection();
        UUID council = world.councilOf(programme);
        assertThat(world.sendToCouncil(programme).getMvcResult().getResponse().getRedirectedUrl())
                .isEqualTo("/staff/ecosystem/vouchers");
        assertThat(VoucherWorld.problem(world.sendToCouncil(programme))).isEqualTo("vouchers.error.nothingToReview");
        // the council judges both applications under the support programmes' rule version
        assertThat(world.get(world.staff, "/review-councils/" + council))
                .bodyText()
                .contains("Xét hồ sơ đề nghị hỗ trợ")
                .contains("Nghị định 268/2025/NĐ-CP");
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/applications/" + second + "/refuse",
                        Map.of("version", world.version(second), "reason", "Chưa đủ"))))
                .isEqualTo("vouchers.error.inCouncil");
        assertThat(world.get(world.member, "/ecosystem/vouchers/my"))
                .bodyText()
                .contains("Hồ sơ đang được hội đồng tư vấn xem xét.");

        // when one expert with an account and four on paper are seated; the expert declares and scores on
        // the council's page, the others' sheets are typed by STAFF
        String expertUser = users.create(Role.EXPERT);
        UUID expert = directory.ensureExpert(
                "Chuyên gia " + expertUser, Degree.TS, "Giảng viên", null, Set.of("401"), "Kinh tế", expertUser);
        List<UUID> seated = List.of(expert, paper.expert(), paper.expert(), paper.expert(), paper.expert());
        paper.signInAs(world.staff);
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(seated.get(0), ReviewRole.CHAIR);
        seats.put(seated.get(1), ReviewRole.REVIEWER);
        seats.put(seated.get(2), ReviewRole.SECRETARY);
        seats.put(seated.get(3), ReviewRole.MEMBER);
        seats.put(seated.get(4), ReviewRole.MEMBER);
        councils.seat(council, councils.council(council).version(), seats);
        SecurityContextHolder.clearContext();
        assertThat(world.get(expertUser, "/me")).bodyText().contains("/review-councils/" + council);
        assertThat(world.post(expertUser, "/review-councils/" + council + "/declare", Map.of()))
                .hasStatus3xxRedirection();
        paper.signInAs(world.staff);
        seated.subList(1, 5).forEach(p -> councils.declareOnPaper(council, p));
        councils.start(council, councils.council(council).version(), Set.copyOf(seated));
        SecurityContextHolder.clearContext();
        assertThat(world.post(
                        expertUser,
                        "/review-councils/" + council + "/scores/" + first,
                        Map.of("score[NEED]", "25", "score[FEASIBILITY]", "32", "score[EFFECT]", "24")))
                .hasStatus3xxRedirection();
        assertThat(world.post(
                        expertUser,
                        "/review-councils/" + council + "/scores/" + second,
                        Map.of("score[NEED]", "12", "score[FEASIBILITY]", "16", "score[EFFECT]", "11")))
                .hasStatus3xxRedirection();
        paper.signInAs(world.staff);
        for (UUID member : seated.subList(1, 5)) {
            councils.scoreOnPaper(council, member, first, PaperCouncil.marks(25, 32, 24), null);
            councils.scoreOnPaper(council, member, second, PaperCouncil.marks(12, 16, 11), null);
        }
        String councilVersion = String.valueOf(councils.council(council).version());
        SecurityContextHolder.clearContext();
        assertThat(world.post(
                        world.staff, "/review-councils/" + council + "/conclude", Map.of("version", councilVersion)))
                .hasStatus3xxRedirection();

        // then each application carries the council's conclusion against the pass mark of 60
        assertThat(world.get(world.staff, "/me")).bodyText().contains("hồ sơ hỗ trợ chờ quyết định");
        assertThat(world.get(world.staff, "/staff/ecosystem/vouchers/applications/" + first))
                .bodyText()
                .contains("81/100 (điểm đạt: 60)")
                .contains("grant-form")
                .contains("Hội đồng tư vấn kết luận đạt: điểm trung bình 81, điểm đạt 60 (quy định HT-ND268-2025).");
        assertThat(world.get(world.staff, "/staff/ecosystem/vouchers/applications/" + second))
                .bodyText()
                .contains("39/100 (điểm đạt: 60)")
                .contains("Hội đồng tư vấn kết luận không đạt")
                .doesNotContain("grant-form");

        // when the Department grants what passed and tries to grant what did not
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/applications/" + second + "/grant",
                        Map.of("version", world.version(second), "amount", "40000000"))))
                .isEqualTo("vouchers.error.councilNotPassed");
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        grant,
                        Map.of(
                                "version",
                                world.version(first),
                                "amount",
                                "50000000",
                                "note",
                                "Hội đồng tư vấn kết luận đạt"))))
                .isNull();
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/applications/" + second + "/refuse",
                        Map.of(
                                "version",
                                world.version(second),
                                "reason",
                                "Hội đồng tư vấn kết luận không đạt: điểm trung bình 39"))))
                .isNull();

        // then the first enterprise holds its voucher and sees the council's conclusion; the second its refusal
        assertThat(jdbc.sql("SELECT count(*) FROM ecosystem.voucher WHERE application_id = ?")
                        .param(first)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(world.get(world.member, "/ecosystem/vouchers/my"))
                .bodyText()
                .contains("Hội đồng tư vấn: đạt, điểm trung bình 81 (điểm đạt 60)");
        assertThat(world.get(secondMember, "/ecosystem/vouchers/my"))
                .bodyText()
                .contains("Hội đồng tư vấn: không đạt, điểm trung bình 39 (điểm đạt 60)")
                .contains("điểm trung bình 39");
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_log WHERE entity_id = ? AND action ="
                                + " 'ecosystem.application.reviewed'")
                        .param(second.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anotherOrganisationCannotSendToACouncilNorSeeTheOutcome() {
        UUID programme = world.programme(1_000_000_000L, 60_000_000L);
        UUID application = world.applied(world.member, world.enterprise, programme, 50_000_000L);
        String outsider = users.create(Role.ORG_MEMBER, users.organisation());

        assertThat(world.post(outsider, "/staff/ecosystem/vouchers/programmes/" + programme + "/council", Map.of()))
                .hasStatus(403);
        assertThat(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/programmes/" + UUID.randomUUID() + "/council",
                        Map.of()))
                .hasStatus(404);
        assertThat(VoucherWorld.problem(world.post(
                        world.staff,
                        "/staff/ecosystem/vouchers/programmes/" + programme + "/council",
                        Map.of("decisionNumber", "x".repeat(200)))))
                .isEqualTo("vouchers.error.decisionNumber");
        assertThat(world.post(world.staff, "/staff/ecosystem/vouchers/programmes/not-a-uuid/council", Map.of())
                        .getMvcResult()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        assertThat(world.get(outsider, "/ecosystem/vouchers/my")).bodyText().doesNotContain(application.toString());
    }
}
