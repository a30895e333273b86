package vn.doimoi.identity;

/** What a user may do (DESIGN.md §6). A user has one or more roles. */
public enum Role {
    /** Accounts, roles, settings, audit. */
    ADMIN,
    /** Department of Science and Technology staff (Sở KH&CN). */
    STAFF,
    /** Portal editor. */
    EDITOR,
    /** Expert or council member. */
    EXPERT,
    /** Acts for one organisation. */
    ORG_MEMBER,
    /** Reports on programme tasks for a department or locality. */
    AGENCY,
    /** Broker or service organisation. */
    BROKER;

    public String authority() {
        return "ROLE_" + name();
    }
}
