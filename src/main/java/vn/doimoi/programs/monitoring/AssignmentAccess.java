package vn.doimoi.programs.monitoring;

import org.springframework.stereotype.Component;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Who may see and report on a programme assignment beyond what its URL allows: the Department's
 * staff see every assignment and report; an agency sees the ones it leads and only the lead agency
 * reports (ADR 0039: one {@code <Thing>Access} bean per checked thing).
 */
@Component
class AssignmentAccess {

    /** Whether this user sees every assignment, not only the ones their agency leads. */
    boolean seesAll(CurrentUser actor) {
        return actor.isStaff();
    }

    boolean maySee(CurrentUser actor, Assignment assignment) {
        return seesAll(actor) || actor.actsFor(assignment.leadAgencyId());
    }

    boolean maySee(CurrentUser actor, AgencyReport report) {
        return seesAll(actor) || actor.actsFor(report.agencyId());
    }

    /** 403 unless the user acts for the assignment's lead agency. */
    void requireLeadAgency(CurrentUser actor, Assignment assignment) {
        if (!actor.has(Role.AGENCY) || !actor.actsFor(assignment.leadAgencyId())) {
            throw DomainException.forbidden("programs.error.onlyLeadAgency");
        }
    }
}
