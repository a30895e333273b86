package vn.doimoi.identity.user;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.Role;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * What the administrator manages, in "Việc của tôi" (ADR 0044): the accounts (how many, how many
 * disabled), the audit trail and the field codes, each one click away.
 */
@Component
class AdministrationWork implements WorkItemSource {

    private final UserRepository users;
    private final Accounts accounts;

    AdministrationWork(UserRepository users, Accounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkSection> sections() {
        boolean admin = accounts.current().map(me -> me.has(Role.ADMIN)).orElse(false);
        if (!admin) {
            return List.of();
        }
        List<User> all = users.findAllByOrderByUsername();
        long disabled = all.stream().filter(user -> !user.enabled()).count();
        return List.of(Heading.ADMINISTRATION.of(List.of(
                new WorkItem(
                        "me.item.adminUsers",
                        List.of(String.valueOf(all.size()), String.valueOf(disabled)),
                        "/admin/users",
                        null,
                        false,
                        1),
                WorkItem.of("me.item.adminAudit", "/admin/audit"),
                WorkItem.of("me.item.adminFieldCodes", "/admin/field-codes"))));
    }
}
