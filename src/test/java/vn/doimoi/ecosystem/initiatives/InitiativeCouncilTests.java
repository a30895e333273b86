package vn.doimoi.ecosystem.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.ecosystem.EcosystemFigure;
import vn.doimoi.ecosystem.EcosystemFigures;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.ReviewCouncil;
import vn.doimoi.projects.ReviewCouncils;
import vn.doimoi.projects.ReviewOutcome;
import vn.doimoi.projects.ReviewRole;
import vn.doimoi.shared.DomainException;

/**
 * An initiative from its declaration through a council of the one engine (ADR 0068) to its
 * certificate: the engine's conflicts, declarations, quorum and tally apply as they do to the task
 * councils, and the conclusion reaches the initiative.
 */
@DoimoiSpringTest
class InitiativeCouncilTests {

    @Autowired
    Initiatives initiatives;

    @Autowired
    ReviewCouncils reviews;

    @Autowired
    CertificatePdf certificates;

    @Autowired
    PortalExport export;

    @Autowired
    EcosystemFigures figures;

    @Autowired
    InitiativeFixture fixture;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInitiativeGoesThroughItsCouncilToARecognitionAndItsCertificate() {
        UUID organisation = users.organisation();
        String author = users.create(Role.ORG_MEMBER, organisation);
        String staff = users.create(Role.STAFF);
        String title =
                "Tưới nhỏ giọt theo độ ẩm đất " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = fixture.declared(author, title);
        BigDecimal before = figures.valueAt(
                EcosystemFigure.INITIATIVES_RECOGNISED, Instant.now().plusSeconds(60));

        // STAFF find it complete and open its council under the initiative rule version in force
        fixture.signInAs(staff);
        initiatives.accept(id, initiatives.get(id).version());
        UUID councilId = initiatives.sendToCouncil(id, initiatives.get(id).version(), "12/QĐ-SKHCN");
        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.IN_COUNCIL);
        ReviewCouncil council = reviews.council(councilId);
        assertThat(council.ruleVersion()).isEqualTo("SK-ND13-2012");
        assertThat(council.criteria())
                .extracting(ReviewCouncil.Criterion::code)
                .containsExactly("NOVELTY", "APPLICATION", "BENEFIT");

        // seating: an expert working at the author's organisation is seated as excluded (conflict found)
        InitiativeFixture.Expert chair = fixture.expert(null);
        InitiativeFixture.Expert reviewer = fixture.expert(null);
        InitiativeFixture.Expert secretary = fixture.expert(null);
        InitiativeFixture.Expert colleague = fixture.expert(organisation);
        Map<UUID, ReviewRole> seats = new LinkedHashMap<>();
        seats.put(chair.personId(), ReviewRole.CHAIR);
        seats.put(reviewer.personId(), ReviewRole.REVIEWER);
        seats.put(secretary.personId(), ReviewRole.SECRETARY);
        seats.put(colleague.personId(), ReviewRole.MEMBER);
        reviews.seat(councilId, council.version(), seats);
        council = reviews.council(councilId);
        assertThat(council.members())
                .filteredOn(m -> m.personId().equals(colleague.personId()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.excluded()).isTrue();
                    assertThat(m.conflicts()).contains("WORKS_AT_APPLICANT");
                });

        // the meeting does not start before every sitting member declared, nor without the quorum
        long version = council.version();
        refused(() -> reviews.start(councilId, version, Set.of(chair.personId())), "council.error.undeclared");
        for (InitiativeFixture.Expert member : new InitiativeFixture.Expert[] {chair, reviewer, secretary}) {
            fixture.signInAs(member.username());
            reviews.declareNoConflict(councilId);
        }
        fixture.signInAs(colleague.username());
        refused(() -> reviews.declareNoConflict(councilId), "council.error.excluded");
        fixture.signInAs(staff);
        long declaredVersion = reviews.council(councilId).version();
        refused(() -> reviews.start(councilId, declaredVersion, Set.of(chair.personId())), "council.error.quorum");
        reviews.start(councilId, declaredVersion, Set.of(chair.personId(), reviewer.personId(), secretary.personId()));

        // the author cannot score; a sheet off the rule version's criteria is refused; members score
        fixture.signInAs(author);
        refused(() -> reviews.score(councilId, id, marks(25, 30, 30), null), "council.error.notMember");
        fixture.signInAs(chair.username());
        refused(
                () -> reviews.score(councilId, id, Map.of("NOVELTY", 31, "APPLICATION", 30, "BENEFIT", 30), null),
                "scoring.error.range");
        reviews.score(councilId, id, marks(25, 30, 30), "Có tính mới trong phạm vi tỉnh");
        fixture.signInAs(reviewer.username());
        reviews.score(councilId, id, marks(20, 28, 27), null);

        // STAFF cannot conclude while a present member has not scored
        fixture.signInAs(staff);
        long sessionVersion = reviews.council(councilId).version();
        refused(() -> reviews.conclude(councilId, sessionVersion), "council.error.missingSheets");
        fixture.signInAs(secretary.username());
        reviews.score(councilId, id, marks(21, 29, 29), null);
        fixture.signInAs(staff);
        ReviewOutcome outcome =
                reviews.conclude(councilId, reviews.council(councilId).version());

        // the conclusion reached the initiative: (85 + 75 + 79) / 3 = 79.67, over the pass mark of 50
        assertThat(outcome.of(id).passed()).isTrue();
        assertThat(outcome.of(id).average()).isEqualByComparingTo("79.67");
        Initiative passed = initiatives.get(id);
        assertThat(passed.state()).isEqualTo(InitiativeState.PASSED);
        assertThat(passed.councilAverage()).isEqualByComparingTo("79.67");

        // STAFF record the decision; a date after today is refused
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        refused(
                () -> initiatives.recognise(
                        id, passed.version(), new Decision("45/QĐ-UBND", today.plusDays(2), "Nguyễn Văn Ký")),
                "initiatives.error.decisionDate");
        initiatives.recognise(id, passed.version(), new Decision("45/QĐ-UBND", today, "Nguyễn Văn Ký"));

        // the certificate says what the decision recognised, in Vietnamese
        String text = InitiativeFixture.text(certificates.render(id));
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN SÁNG KIẾN")
                .contains(title)
                .contains("Nguyễn Văn Tác")
                .contains("70%")
                .contains("Trần Thị Đồng")
                .contains("45/QĐ-UBND")
                .contains(vn.doimoi.shared.text.VietnameseFormats.date(today))
                .contains("Nguyễn Văn Ký");

        // on the honour roll, in the export, and counted by the programme's figure
        assertThat(initiatives.honourRoll()).extracting(Initiative::id).contains(id);
        PortalExport.File file = export.export();
        assertThat(file.format()).isEqualTo("doimoi-initiatives/1");
        assertThat(file.initiatives())
                .filteredOn(e -> e.id().equals(id.toString()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.decisionNumber()).isEqualTo("45/QĐ-UBND");
                    assertThat(e.authors())
                            .extracting(PortalExport.Author::sharePercent)
                            .containsExactly(70, 30);
                    assertThat(e.economicBenefitVnd()).isEqualByComparingTo("120000000");
                });
        assertThat(figures.valueAt(
                        EcosystemFigure.INITIATIVES_RECOGNISED, Instant.now().plusSeconds(60)))
                .isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void aCouncilThatScoresBelowACriterionsMinimumDoesNotPassTheInitiative() {
        String author = users.create(Role.ORG_MEMBER);
        String staff = users.create(Role.STAFF);
        UUID id = fixture.declared(author, "Sáng kiến yếu " + UUID.randomUUID());
        fixture.signInAs(staff);
        initiatives.accept(id, initiatives.get(id).version());
        UUID councilId = initiatives.sendToCouncil(id, initiatives.get(id).version(), null);
        InitiativeFixture.Expert chair = fixture.expert(null);
        InitiativeFixture.Expert reviewer = fixture.expert(null);
        InitiativeFixture.Expert secretary = fixture.expert(null);
        reviews.seat(
                councilId,
                reviews.council(councilId).version(),
                Map.of(
                        chair.personId(), ReviewRole.CHAIR,
                        reviewer.personId(), ReviewRole.REVIEWER,
                        secretary.personId(), ReviewRole.SECRETARY));
        for (InitiativeFixture.Expert member : new InitiativeFixture.Expert[] {chair, reviewer, secretary}) {
            fixture.signInAs(member.username());
            reviews.declareNoConflict(councilId);
        }
        fixture.signInAs(staff);
        reviews.start(
                councilId,
                reviews.council(councilId).version(),
                Set.of(chair.personId(), reviewer.personId(), secretary.personId()));
        for (InitiativeFixture.Expert member : new InitiativeFixture.Expert[] {chair, reviewer, secretary}) {
            fixture.signInAs(member.username());
            // a total of 64 passes the mark of 50, but novelty averages 5, under its minimum of 10
            reviews.score(councilId, id, marks(5, 30, 29), null);
        }
        fixture.signInAs(staff);
        ReviewOutcome outcome =
                reviews.conclude(councilId, reviews.council(councilId).version());

        assertThat(outcome.of(id).passed()).isFalse();
        assertThat(outcome.of(id).criteriaBelowMinimum()).containsExactly("NOVELTY");
        Initiative failed = initiatives.get(id);
        assertThat(failed.state()).isEqualTo(InitiativeState.NOT_PASSED);
        refused(
                () -> initiatives.recognise(id, failed.version(), new Decision("1/QĐ", LocalDate.now(), "Ký")),
                "initiatives.error.transition");
    }

    @Test
    void anotherUserCannotReadOrEditSomeonesDeclarationAndTheAuthorCannotAfterItIsAccepted() {
        String author = users.create(Role.ORG_MEMBER);
        String other = users.create(Role.ORG_MEMBER);
        UUID id = fixture.declared(author, "Sáng kiến của người khác " + UUID.randomUUID());

        fixture.signInAs(other);
        refused(() -> initiatives.get(id), "initiatives.error.notYours");
        refused(() -> initiatives.edit(id, 0, InitiativeFixture.declaration("Đổi tên")), "initiatives.error.notYours");
        refused(() -> initiatives.evidence(id, 0), "initiatives.error.notYours");
        refused(() -> initiatives.accept(id, 0), "initiatives.error.staffOnly");

        fixture.signInAs(author);
        Initiative mine = initiatives.get(id);
        refused(() -> initiatives.edit(id, mine.version(), withShares(60)), "initiatives.error.shares");
        initiatives.edit(id, mine.version(), InitiativeFixture.declaration("Tên đã sửa " + id));
        assertThat(initiatives.get(id).title()).startsWith("Tên đã sửa");

        fixture.signInAs(users.create(Role.STAFF));
        initiatives.accept(id, initiatives.get(id).version());
        fixture.signInAs(author);
        refused(
                () -> initiatives.edit(id, initiatives.get(id).version(), InitiativeFixture.declaration("Muộn")),
                "initiatives.error.notEditable");
    }

    @Test
    void aDeclarationWithoutEvidenceIsNotAcceptedAndAReturnTellsTheAuthorWhatIsMissing() {
        String author = users.create(Role.ORG_MEMBER);
        fixture.signInAs(author);
        UUID id = initiatives.declare(
                "Lê Văn Mới", InitiativeFixture.declaration("Chưa có minh chứng " + UUID.randomUUID()));
        fixture.signInAs(users.create(Role.STAFF));
        refused(() -> initiatives.accept(id, initiatives.get(id).version()), "initiatives.error.noEvidence");
        refused(
                () -> initiatives.returnToAuthor(id, initiatives.get(id).version(), " "),
                "initiatives.error.returnNote");
        initiatives.returnToAuthor(id, initiatives.get(id).version(), "Thiếu biên bản áp dụng");
        fixture.signInAs(author);
        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.RETURNED);
        assertThat(initiatives.get(id).returnNote()).isEqualTo("Thiếu biên bản áp dụng");
        byte[] pdf = InitiativeFixture.evidencePdf();
        initiatives.addEvidence(id, "bien-ban.pdf", new java.io.ByteArrayInputStream(pdf), pdf.length);
        initiatives.edit(id, initiatives.get(id).version(), InitiativeFixture.declaration("Đã bổ sung " + id));
        assertThat(initiatives.get(id).state()).isEqualTo(InitiativeState.DECLARED);
    }

    private static Declaration withShares(int authorShare) {
        Declaration d = InitiativeFixture.declaration("Tỷ lệ sai");
        return new Declaration(
                d.title(),
                d.field(),
                d.description(),
                d.scope(),
                d.appliedSince(),
                d.economicBenefit(),
                d.socialBenefit(),
                authorShare,
                d.coAuthors());
    }

    private static Map<String, Integer> marks(int novelty, int application, int benefit) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        marks.put("NOVELTY", novelty);
        marks.put("APPLICATION", application);
        marks.put("BENEFIT", benefit);
        return marks;
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
