package vn.doimoi.ecosystem.funds;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.DomainException;

/**
 * Who keeps a fund: a member of an organisation the Department verified, for that organisation
 * alone (a fund's figures count in the province's totals and a report goes to the Department, so an
 * unverified name must not file one). Another organisation's records are "not found", never
 * "forbidden", so their existence is not disclosed; the Department's staff read every fund.
 */
@Component
public class FundAccess {

    private final Directory directory;

    FundAccess(Directory directory) {
        this.directory = directory;
    }

    /** The organisation the member reads the fund of; an unverified one reads an empty page. */
    public UUID reader(CurrentUser actor) {
        UUID organisation = actor.organisationId();
        if (!actor.has(Role.ORG_MEMBER) || organisation == null) {
            throw DomainException.forbidden("funds.error.memberOnly");
        }
        return organisation;
    }

    /** The organisation the member writes for; refused unless it is verified. */
    public UUID writer(CurrentUser actor) {
        UUID organisation = reader(actor);
        if (!verified(organisation)) {
            throw DomainException.refused("funds.error.unverified");
        }
        return organisation;
    }

    public boolean verified(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::verified)
                .orElse(false);
    }

    public String name(UUID organisation) {
        return directory
                .organisation(organisation)
                .map(OrganisationSummary::name)
                .orElse("");
    }

    /** Refuses (404) a record of another organisation, unless the actor is staff. */
    public void requireReader(CurrentUser actor, UUID owner) {
        if (!actor.isStaff() && !actor.actsFor(owner)) {
            throw DomainException.notFound("funds.error.notFound");
        }
    }
}
