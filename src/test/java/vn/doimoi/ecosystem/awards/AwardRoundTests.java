package vn.doimoi.ecosystem.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Directory;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.NotificationView;
import vn.doimoi.identity.Notifications;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ReviewCouncil;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.shared.DomainException;

/**
 * A round of the provincial S&T awards from its opening to its honour roll: nominations by members
 * of two organisations, STAFF's screening, one council of the engine (ADR 0068) scoring the round's
 * nominations, the decision, the certificate and the programme's figure; and what is refused.
 */
@DoimoiSpringTest
class AwardRoundTests {

    @Autowired
    AwardRounds rounds;

    @Autowired
    Nominations nominations;

    @Autowired
    ReviewCouncils councils;

    @Autowired
    AwardCertificatePdf certificates;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    Notifications notifications;

    @Autowired
    Directory directory;

    @Autowired
    AwardWork work;

    @Autowired
    AwardFixture fixture;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRoundGoesFromNominationsThroughItsCouncilToTheHonourRollAndACertificate() throws IOException {
        String staff = users.create(Role.STAFF);
        UUID enterprise = users.organisation();
        String member = users.create(Role.ORG_MEMBER, enterprise);
        String institute = users.create(Role.ORG_MEMBER);
        String latecomer = users.create(Role.ORG_MEMBER);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        BigDecimal before =
                figures.valueAt(EcosystemFigure.AWARDS_GIVEN, Instant.now().plusSeconds(60));

        UUID round = fixture.openRound(staff, "Giải thưởng KH&CN tỉnh " + suffix);
        assertThat(rounds.get(round).ruleVersion()).isEqualTo("GT-ND263-2025");
        assertThat(rounds.categories(rounds.get(round)))
                .extracting(AwardRule.Category::code)
                .containsExactly("ENTERPRISE_INNOVATION", "SCIENTIST");

        // an enterprise nominates itself, an institute nominates a scientist, a third sends no evidence
        UUID dryer = fixture.nominated(member, round, AwardFixture.organisation("Dây chuyền sấy mì " + suffix));
        UUID cane =
                fixture.nominated(institute, round, AwardFixture.person("Lê Văn Khoa", "Giống mía chịu hạn " + suffix));
        fixture.signInAs(latecomer);
        UUID empty = nominations.nominate(round, AwardFixture.organisation("Hồ sơ thiếu " + suffix));
        String enterpriseName = directory.organisation(enterprise).orElseThrow().name();
        fixture.signInAs(member);
        assertThat(nominations.get(dryer).nomineeName()).isEqualTo(enterpriseName);

        // STAFF's "Việc của tôi" lists the round's new nominations
        fixture.signInAs(staff);
        assertThat(work.sectionsFor(accountOf(staff))).flatMap(s -> s.items()).anySatisfy(item -> {
            assertThat(item.titleKey()).isEqualTo("me.item.awardNominationsToScreen");
            assertThat(item.titleArgs()).containsExactly(rounds.get(round).title(), "3");
        });

        // the council cannot be opened while a nomination is unscreened; one without evidence is not accepted
        refused(() -> rounds.sendToCouncil(round, rounds.get(round).version(), null), "awards.error.unscreened");
        refused(() -> rounds.accept(empty, nominations.get(empty).version()), "awards.error.noFiles");
        rounds.reject(empty, nominations.get(empty).version(), "Thiếu tài liệu chứng minh");
        rounds.accept(dryer, nominations.get(dryer).version());
        rounds.accept(cane, nominations.get(cane).version());
        UUID councilId = rounds.sendToCouncil(round, rounds.get(round).version(), "15/QĐ-SKHCN");
        assertThat(rounds.get(round).state()).isEqualTo(RoundState.IN_COUNCIL);

        // one council for the round: its items are the accepted nominations, under the award council's rules
        ReviewCouncil council = councils.council(councilId);
        assertThat(council.ruleVersion()).isEqualTo("GT-ND263-2025");
        assertThat(councils.council(councilId).criteria())
                .extracting(ReviewCouncil.Criterion::code)
                .containsExactly("SCIENTIFIC_VALUE", "IMPACT", "APPLICATION");

        // the round takes no more nominations once its council is formed
        fixture.signInAs(latecomer);
        refused(() -> nominations.nominate(round, AwardFixture.organisation("Muộn")), "awards.error.closed");

        // the dryer scores 88 on average, over the pass mark of 70; the cane 50, under it
        fixture.councilScores(
                staff, councilId, Map.of(dryer, AwardFixture.marks(35, 35, 18), cane, AwardFixture.marks(20, 20, 10)));
        fixture.signInAs(staff);
        assertThat(rounds.get(round).state()).isEqualTo(RoundState.REVIEWED);
        assertThat(nominations.get(dryer).state()).isEqualTo(NominationState.PASSED);
        assertThat(nominations.get(dryer).councilAverage()).isEqualByComparingTo("88");
        assertThat(nominations.get(cane).state()).isEqualTo(NominationState.NOT_PASSED);
        assertThat(rounds.honourRoll(round)).isEmpty();

        // a decision dated after today is refused; the decision awards the dryer
        refused(
                () -> rounds.decide(
                        round,
                        rounds.get(round).version(),
                        new AwardDecision("90/QĐ-UBND", AwardFixture.TODAY.plusDays(3), "Trần Văn Tỉnh")),
                "awards.error.decisionDate");
        List<UUID> awarded = rounds.decide(
                round,
                rounds.get(round).version(),
                new AwardDecision("90/QĐ-UBND", AwardFixture.TODAY, "Trần Văn Tỉnh"));
        assertThat(awarded).containsExactly(dryer);
        assertThat(rounds.honourRoll(round)).extracting(Nomination::id).containsExactly(dryer);

        // the certificate names the enterprise, the category and the decision, in Vietnamese
        String text = text(certificates.render(dryer));
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN GIẢI THƯỞNG")
                .contains(enterpriseName)
                .contains("Doanh nghiệp đổi mới sáng tạo tiêu biểu")
                .contains("90/QĐ-UBND")
                .contains("Trần Văn Tỉnh");
        refused(() -> certificates.render(cane), "awards.error.notAwarded");

        // the nominators were told; the programme's figure counts the award
        assertThat(notifications.inbox(users.id(member), 10))
                .extracting(NotificationView::subject)
                .anyMatch(s -> s.startsWith("Được trao Giải thưởng KH&CN cấp tỉnh"));
        assertThat(notifications.inbox(users.id(latecomer), 10))
                .extracting(NotificationView::subject)
                .anyMatch(s -> s.startsWith("Hồ sơ đề cử không được tiếp nhận"));
        assertThat(figures.valueAt(EcosystemFigure.AWARDS_GIVEN, Instant.now().plusSeconds(60)))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void nominationsOutsideTheRulesOrByTheWrongPeopleAreRefused() {
        String staff = users.create(Role.STAFF);
        String member = users.create(Role.ORG_MEMBER);
        String other = users.create(Role.ORG_MEMBER);
        String expert = users.create(Role.EXPERT);
        UUID round = fixture.openRound(staff, "Đợt kiểm tra " + UUID.randomUUID());

        // a category the round does not offer, a person for an organisations' category, a blank name
        fixture.signInAs(member);
        refused(
                () -> nominations.nominate(
                        round,
                        new NewNomination("APPLIED_SOLUTION", NomineeKind.ORGANISATION, "", "Công trình", "Tóm tắt")),
                "awards.error.category");
        refused(
                () -> nominations.nominate(
                        round,
                        new NewNomination(
                                "ENTERPRISE_INNOVATION", NomineeKind.PERSON, "Ai đó", "Công trình", "Tóm tắt")),
                "awards.error.nomineeKind");
        refused(() -> nominations.nominate(round, AwardFixture.person("   ", "Công trình")), "awards.error.nominee");
        refused(
                () -> nominations.nominate(round, new NewNomination("SCIENTIST", NomineeKind.PERSON, "A", "", "")),
                "awards.error.achievement");

        // someone without an organisation, and STAFF, do not nominate; STAFF open rounds, members do not
        fixture.signInAs(expert);
        refused(() -> nominations.nominate(round, AwardFixture.organisation("X")), "awards.error.memberOnly");
        fixture.signInAs(member);
        refused(
                () -> rounds.open(
                        new NewRound("Đợt riêng", 2026, AwardFixture.TODAY, AwardFixture.TODAY, List.of("SCIENTIST"))),
                "awards.error.staffOnly");

        // another member neither reads nor adds to someone's nomination, nor screens it
        UUID id = fixture.nominated(member, round, AwardFixture.organisation("Công trình riêng"));
        fixture.signInAs(other);
        refused(() -> nominations.get(id), "awards.error.notYours");
        refused(() -> nominations.file(id, 0), "awards.error.notYours");
        byte[] pdf = AwardFixture.pdf("x");
        refused(
                () -> nominations.addFile(id, "x.pdf", new ByteArrayInputStream(pdf), pdf.length),
                "awards.error.notYours");
        refused(() -> rounds.accept(id, 0), "awards.error.staffOnly");

        // a text file is not evidence; a stale version is refused; a screened nomination takes no more files
        fixture.signInAs(member);
        byte[] textFile = "chỉ là chữ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        refused(
                () -> nominations.addFile(id, "a.txt", new ByteArrayInputStream(textFile), textFile.length),
                "awards.error.fileType");
        fixture.signInAs(staff);
        refused(() -> rounds.accept(id, nominations.get(id).version() + 5), "awards.error.stale");
        rounds.accept(id, nominations.get(id).version());
        fixture.signInAs(member);
        refused(
                () -> nominations.addFile(id, "y.pdf", new ByteArrayInputStream(pdf), pdf.length),
                "awards.error.notEditable");

        // a round whose nominations open tomorrow does not take one today; dates the wrong way round are refused
        fixture.signInAs(staff);
        UUID later = rounds.open(new NewRound(
                "Đợt sau " + UUID.randomUUID(),
                2027,
                AwardFixture.TODAY.plusDays(1),
                AwardFixture.TODAY.plusDays(9),
                List.of("SCIENTIST")));
        refused(
                () -> rounds.open(new NewRound(
                        "Đợt ngược", 2027, AwardFixture.TODAY, AwardFixture.TODAY.minusDays(1), List.of("SCIENTIST"))),
                "awards.error.dates");
        refused(
                () -> rounds.open(
                        new NewRound("Đợt lạ", 2027, AwardFixture.TODAY, AwardFixture.TODAY, List.of("NO_SUCH"))),
                "awards.error.category");
        fixture.signInAs(member);
        refused(
                () -> nominations.nominate(later, AwardFixture.person("Lê Thị B", "Công trình")),
                "awards.error.closed");
    }

    @Test
    void inACategoryOnlyItsPrizesAreAwardedTheHighestAverageFirst() {
        String staff = users.create(Role.STAFF);
        fixture.signInAs(staff);
        UUID round = rounds.open(new NewRound(
                "Đợt ba giải " + UUID.randomUUID(),
                AwardFixture.TODAY.getYear(),
                AwardFixture.TODAY,
                AwardFixture.TODAY.plusDays(5),
                List.of("ENTERPRISE_INNOVATION")));
        // four enterprises pass the council; the category gives three prizes
        int[] impacts = {30, 38, 33, 36};
        Map<UUID, Map<String, Integer>> sheets = new java.util.LinkedHashMap<>();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int impact : impacts) {
            UUID id = fixture.nominated(
                    users.create(Role.ORG_MEMBER), round, AwardFixture.organisation("Doanh nghiệp " + impact));
            ids.add(id);
            sheets.put(id, AwardFixture.marks(30, impact, 15));
        }
        fixture.signInAs(staff);
        ids.forEach(id -> rounds.accept(id, nominations.get(id).version()));
        UUID council = rounds.sendToCouncil(round, rounds.get(round).version(), null);
        fixture.councilScores(staff, council, sheets);
        fixture.signInAs(staff);
        List<UUID> awarded = rounds.decide(
                round, rounds.get(round).version(), new AwardDecision("3/QĐ-UBND", AwardFixture.TODAY, "Ký"));

        // averages 75, 83, 78, 81: the 75 passes but is fourth
        assertThat(awarded).containsExactlyInAnyOrder(ids.get(1), ids.get(2), ids.get(3));
        assertThat(rounds.honourRoll(round))
                .extracting(Nomination::id)
                .containsExactly(ids.get(1), ids.get(3), ids.get(2));
        assertThat(nominations.get(ids.get(1)).state()).isEqualTo(NominationState.AWARDED);
        assertThat(rounds.nominations(round))
                .filteredOn(n -> n.id().equals(ids.get(0)))
                .singleElement()
                .extracting(Nomination::state)
                .isEqualTo(NominationState.PASSED);
    }

    private vn.doimoi.identity.CurrentUser accountOf(String username) {
        return new vn.doimoi.identity.CurrentUser(users.id(username), username, java.util.Set.of(Role.STAFF), null);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
