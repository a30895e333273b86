package vn.doimoi.market;

/** How the parties would cooperate (phương thức hợp tác). */
public enum CooperationMode {
    LICENCE,
    SALE,
    CAPITAL_CONTRIBUTION,
    JOINT_RND,
    CONSULTANCY
}
