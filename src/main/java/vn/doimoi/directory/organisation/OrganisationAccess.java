package vn.doimoi.directory.organisation;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.security.CurrentActor;

/**
 * Who may act on an organisation's record beyond what its URL allows: a member edits only the
 * organisation it acts for (ADR 0039: one {@code <Thing>Access} bean per checked thing). Roles by
 * name, as identity depends on directory.
 */
@Component
class OrganisationAccess {

    private final CurrentActor actor;

    OrganisationAccess(CurrentActor actor) {
        this.actor = actor;
    }

    /** The organisation the signed-in member acts for; 403 "not a member" for anyone else. */
    UUID requireOwnOrganisation() {
        if (!actor.hasRole("ORG_MEMBER")) {
            throw DomainException.forbidden("organisation.error.notAMember");
        }
        return actor.organisationId().orElseThrow(() -> DomainException.forbidden("organisation.error.notAMember"));
    }
}
