package vn.doimoi.identity.user;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.identity.SignedInWork;
import vn.doimoi.shared.work.Heading;
import vn.doimoi.shared.work.WorkItem;
import vn.doimoi.shared.work.WorkSection;

/**
 * What the administrator manages, in "Việc của tôi" (ADR 0044): the accounts (how many, how many
 * disabled), the audit trail and the field codes, each one click away.
 */
@Component
record AdministrationWork(UserRepository users, Accounts accounts) implements SignedInWork {

    @Override
    public List<WorkSection> sectionsFor(CurrentUser me) {
        if (!me.has(Role.ADMIN)) {
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
