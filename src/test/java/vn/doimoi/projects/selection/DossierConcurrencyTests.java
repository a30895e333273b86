package vn.doimoi.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.doimoi.DoimoiSpringTest;
import vn.doimoi.TestUsers;
import vn.doimoi.directory.Degree;
import vn.doimoi.directory.PersonData;
import vn.doimoi.directory.person.People;
import vn.doimoi.identity.Role;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.Views.DossierView;
import vn.doimoi.shared.DomainException;

/** Two members of one organisation edit its dossier at once: the second save is refused, nothing is lost. */
@DoimoiSpringTest
class DossierConcurrencyTests {

    @Autowired
    Selection selection;

    @Autowired
    vn.doimoi.projects.selection.Dossiers desk;

    @Autowired
    TestUsers testUsers;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        // given an open call and two members of the same applicant, both reading the same draft
        UUID organisation = testUsers.organisation();
        String first = testUsers.create(Role.ORG_MEMBER, organisation);
        String second = testUsers.create(Role.ORG_MEMBER, organisation);
        String staff = testUsers.create(Role.STAFF);
        UUID call = as(staff, () -> {
            UUID id = selection.createCall(new CallData(
                    "Nhiệm vụ thử đồng thời " + UUID.randomUUID(),
                    TaskType.RESEARCH_TOPIC,
                    SelectionMethod.COMPETITION,
                    "Mục tiêu",
                    "Điều kiện",
                    "B1-1-ĐON",
                    List.of(),
                    null,
                    new BigDecimal("1000000000"),
                    12,
                    LocalDate.now(clock).plusDays(10),
                    null,
                    List.of(new CallData.Product(null, "Quy trình", "01", List.of()))));
            selection.openCall(id, selection.call(id).version());
            return id;
        });
        UUID dossier = as(first, () -> desk.startDossier(call));
        assertThat(as(second, () -> desk.startDossier(call))).isEqualTo(dossier);
        long version = as(first, () -> desk.dossier(dossier).version());
        UUID pi = people.create(
                new PersonData(
                        "Chủ nhiệm thử",
                        null,
                        Degree.TS,
                        null,
                        organisation,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null),
                null);

        // when the first saves, then the second saves from the same version
        as(first, () -> {
            desk.saveDossier(dossier, version, data(pi, "Nội dung của người thứ nhất"));
            return null;
        });

        // then the second is refused as stale, and the first member's content is kept
        assertThatThrownBy(() -> as(second, () -> {
                    desk.saveDossier(dossier, version, data(pi, "Nội dung của người thứ hai"));
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessage("task.error.staleVersion");
        DossierView saved = as(second, () -> desk.dossier(dossier));
        assertThat(saved.content()).isEqualTo("Nội dung của người thứ nhất");
        assertThat(saved.version()).isEqualTo(version + 1);
    }

    @Test
    void aMemberOfAnotherOrganisationCannotSeeOrEditTheDossier() {
        UUID organisation = testUsers.organisation();
        String member = testUsers.create(Role.ORG_MEMBER, organisation);
        String outsider = testUsers.create(Role.ORG_MEMBER);
        String staff = testUsers.create(Role.STAFF);
        UUID call = as(staff, () -> {
            UUID id = selection.createCall(new CallData(
                    "Nhiệm vụ thử quyền " + UUID.randomUUID(),
                    TaskType.SCHEME,
                    SelectionMethod.DIRECT_ASSIGNMENT,
                    "Mục tiêu",
                    "Điều kiện",
                    "B1-1-ĐON",
                    List.of(),
                    null,
                    new BigDecimal("500000000"),
                    12,
                    LocalDate.now(clock).plusDays(3),
                    null,
                    List.of(new CallData.Product(null, "Báo cáo", "01", List.of()))));
            selection.openCall(id, selection.call(id).version());
            return id;
        });
        UUID dossier = as(member, () -> desk.startDossier(call));

        assertThatThrownBy(() -> as(outsider, () -> desk.dossier(dossier)))
                .isInstanceOf(DomainException.class)
                .hasMessage("dossier.error.forbidden");
        assertThatThrownBy(() -> as(outsider, () -> {
                    desk.saveDossier(dossier, 0, data(null, "x"));
                    return null;
                }))
                .hasMessage("dossier.error.forbidden");
    }

    private static DossierData data(UUID pi, String content) {
        return new DossierData(
                pi,
                List.of(),
                List.of(),
                "Mục tiêu",
                content,
                "Phương pháp",
                "Tiến độ",
                12,
                List.of(new DossierData.Line("Thuê khoán", new BigDecimal("500000000"), BigDecimal.ZERO)));
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = testUsers.principal(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
