package vn.doimoi.programs.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.UserId;
import vn.doimoi.programs.Recurrence;
import vn.doimoi.shared.DomainException;

/** Who sees and reports on an assignment: staff see all, an agency the ones it leads, only the lead reports. */
class AssignmentAccessTests {

    private final AssignmentAccess access = new AssignmentAccess();
    private final UUID lead = UUID.randomUUID();
    private final Assignment assignment = new Assignment(
            new AssignmentData(
                    UUID.randomUUID(),
                    "Nhiệm vụ",
                    null,
                    lead,
                    Set.of(),
                    null,
                    Recurrence.QUARTERLY,
                    LocalDate.of(2026, 1, 1),
                    null),
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void staffSeeEveryAssignmentButDoNotReportForTheAgency() {
        CurrentUser staff = user(Role.STAFF, null);

        assertThat(access.seesAll(staff)).isTrue();
        assertThat(access.maySee(staff, assignment)).isTrue();
        assertThatThrownBy(() -> access.requireLeadAgency(staff, assignment))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void theLeadAgencySeesAndReportsAnotherAgencyDoesNeither() {
        CurrentUser leadAgency = user(Role.AGENCY, lead);
        CurrentUser otherAgency = user(Role.AGENCY, UUID.randomUUID());

        assertThat(access.seesAll(leadAgency)).isFalse();
        assertThat(access.maySee(leadAgency, assignment)).isTrue();
        access.requireLeadAgency(leadAgency, assignment);
        assertThat(access.maySee(otherAgency, assignment)).isFalse();
        assertThatThrownBy(() -> access.requireLeadAgency(otherAgency, assignment))
                .isInstanceOf(DomainException.class);
    }

    private static CurrentUser user(Role role, UUID organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "u", Set.of(role), organisation);
    }
}
