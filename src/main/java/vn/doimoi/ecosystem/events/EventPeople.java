package vn.doimoi.ecosystem.events;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.OrganisationSummary;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.UserId;
import vn.doimoi.identity.UserSummary;

/** Names of the people and organisations an event's pages show. */
@Component
class EventPeople {

    private final Accounts accounts;
    private final Directory directory;

    EventPeople(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    String name(UUID user) {
        return accounts.find(new UserId(user)).map(UserSummary::displayName).orElse("—");
    }

    @Nullable
    UUID organisationOf(UUID user) {
        return accounts.find(new UserId(user)).map(UserSummary::organisationId).orElse(null);
    }

    @Nullable
    String organisationName(@Nullable UUID organisation) {
        return organisation == null
                ? null
                : directory
                        .organisation(organisation)
                        .map(OrganisationSummary::name)
                        .orElse(null);
    }
}
