package vn.doimoi.identity;

import java.util.List;
import vn.doimoi.shared.work.WorkItemSource;
import vn.doimoi.shared.work.WorkSection;

/**
 * A module's part of "Việc của tôi" that needs the signed-in user (ADR 0044): the module says what
 * waits for this user; nobody signed in, nothing waits. A record with an {@code accounts}
 * component implements {@link #accounts()} by itself.
 */
public interface SignedInWork extends WorkItemSource {

    /** Who is signed in. */
    Accounts accounts();

    /** The sections of this module for the user; empty when none concern them. */
    List<WorkSection> sectionsFor(CurrentUser me);

    @Override
    default List<WorkSection> sections() {
        return accounts().current().map(this::sectionsFor).orElse(List.of());
    }
}
