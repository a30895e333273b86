package vn.doimoi.ecosystem.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Two nominations with the same council average at a category's last prize place: the tie-break
 * criteria of the council's rule version (GT-ND263-2025: impact first, then scientific value) decide
 * and the round's pages say which; when they are equal on every criterion, the decision waits for
 * STAFF's choice instead of taking whoever was nominated first.
 */
@DoimoiSpringTest
class AwardTieBreakTests {

    static final String IMPACT = "Hiệu quả kinh tế - xã hội, phạm vi ảnh hưởng";

    @Autowired
    AwardRounds rounds;

    @Autowired
    Nominations nominations;

    @Autowired
    AwardFixture fixture;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theImpactCriterionSettlesATieAtTheLastOfThreePrizesAndThePagesSaySo() throws Exception {
        String staff = users.create(Role.STAFF);
        Round round = round(staff, "đồng điểm tiêu chí");
        // 94, 90, then two at 85 for the third prize: C has the higher impact (40 against 35)
        fixture.councilScores(
                staff,
                round.council(),
                Map.of(
                        round.a(), AwardFixture.marks(38, 38, 18),
                        round.b(), AwardFixture.marks(36, 36, 18),
                        round.c(), AwardFixture.marks(30, 40, 15),
                        round.d(), AwardFixture.marks(35, 35, 15)));
        fixture.signInAs(staff);
        assertThat(rounds.pendingTies(round.id())).isEmpty();

        List<UUID> awarded = rounds.decide(round.id(), rounds.get(round.id()).version(), decision());

        assertThat(awarded).containsExactlyInAnyOrder(round.a(), round.b(), round.c());
        assertThat(nominations.get(round.d()).state()).isEqualTo(NominationState.PASSED);
        assertThat(rounds.tieBreaks(round.id())).singleElement().satisfies(note -> {
            assertThat(note.criterion()).isEqualTo(IMPACT);
            assertThat(note.ruleVersion()).isEqualTo("GT-ND263-2025");
            assertThat(note.average()).isEqualByComparingTo("85");
            assertThat(note.tied()).isEqualTo(name(round.c()) + "; " + name(round.d()));
        });
        SecurityContextHolder.clearContext();
        String page = mvc.perform(get("/ecosystem/awards/" + round.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Phân định đồng điểm")
                .contains("cùng đạt 85 điểm ở giải cuối; phân định theo điểm trung bình của tiêu chí")
                .contains(IMPACT)
                .contains("GT-ND263-2025");
    }

    @Test
    void nominationsEqualOnEveryCriterionWaitForStaffToChooseThroughTheDecisionForm() throws Exception {
        String staff = users.create(Role.STAFF);
        Round round = round(staff, "đồng điểm tuyệt đối");
        fixture.councilScores(
                staff,
                round.council(),
                Map.of(
                        round.a(), AwardFixture.marks(38, 38, 18),
                        round.b(), AwardFixture.marks(36, 36, 18),
                        round.c(), AwardFixture.marks(35, 35, 15),
                        round.d(), AwardFixture.marks(35, 35, 15)));
        fixture.signInAs(staff);
        assertThat(rounds.pendingTies(round.id())).singleElement().satisfies(tie -> {
            assertThat(tie.places()).isEqualTo(1);
            assertThat(tie.undecided())
                    .extracting(PendingTie.Contender::id)
                    .containsExactlyInAnyOrder(round.c(), round.d());
        });
        // no choice, or two for one place: refused, naming the two, and nothing is awarded
        long version = rounds.get(round.id()).version();
        assertThatThrownBy(() -> rounds.decide(round.id(), version, decision()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("awards.error.tieNeedsStaff");
                    assertThat(e.arguments()[2].toString()).contains(name(round.c()), name(round.d()));
                });
        assertThatThrownBy(() -> rounds.decide(round.id(), version, decision(), Set.of(round.c(), round.d())))
                .isInstanceOf(DomainException.class);
        assertThat(rounds.get(round.id()).state()).isEqualTo(RoundState.REVIEWED);
        assertThat(nominations.get(round.c()).state()).isEqualTo(NominationState.PASSED);
        SecurityContextHolder.clearContext();

        // the staff page asks for the choice; the form carries it
        String staffPage = mvc.perform(
                        get("/staff/ecosystem/awards/" + round.id()).with(user(users.principal(staff))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage)
                .contains("bằng nhau ở mọi tiêu chí phụ của quy định hội đồng. Chọn 1 đề cử nhận giải.")
                .contains("name=\"tieChoice\" value=\"" + round.d() + "\"");
        mvc.perform(post("/staff/ecosystem/awards/" + round.id() + "/decide")
                        .with(user(users.principal(staff)))
                        .with(csrf())
                        .param("number", "91/QĐ-UBND")
                        .param(
                                "date",
                                AwardFixture.TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .param("signer", "Trần Văn Tỉnh")
                        .param("version", String.valueOf(version))
                        .param("tieChoice", "không-phải-mã")
                        .param("tieChoice", round.d().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "awards.decided"));

        fixture.signInAs(staff);
        assertThat(nominations.get(round.d()).state()).isEqualTo(NominationState.AWARDED);
        assertThat(nominations.get(round.c()).state()).isEqualTo(NominationState.PASSED);
        assertThat(rounds.tieBreaks(round.id())).singleElement().satisfies(note -> {
            assertThat(note.byStaff()).isTrue();
            assertThat(note.ruleVersion()).isEqualTo("GT-ND263-2025");
        });
    }

    private record Round(UUID id, UUID council, UUID a, UUID b, UUID c, UUID d) {}

    /** A round with four enterprises nominated in a category of three prizes, accepted and before its council. */
    private Round round(String staff, String what) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID round = fixture.openRound(staff, "Giải thưởng " + what + " " + suffix);
        List<UUID> ids = new java.util.ArrayList<>();
        for (String achievement : List.of("Máy gặt", "Lò sấy", "Kho lạnh", "Băng tải")) {
            String member = users.create(Role.ORG_MEMBER);
            ids.add(fixture.nominated(member, round, AwardFixture.organisation(achievement + " " + suffix)));
        }
        fixture.signInAs(staff);
        ids.forEach(id -> rounds.accept(id, nominations.get(id).version()));
        UUID council = rounds.sendToCouncil(round, rounds.get(round).version(), null);
        return new Round(round, council, ids.get(0), ids.get(1), ids.get(2), ids.get(3));
    }

    private String name(UUID nomination) {
        return nominations.get(nomination).nomineeName();
    }

    private static AwardDecision decision() {
        return new AwardDecision("91/QĐ-UBND", AwardFixture.TODAY, "Trần Văn Tỉnh");
    }
}
