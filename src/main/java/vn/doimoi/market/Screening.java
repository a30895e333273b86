package vn.doimoi.market;

/** What the screening against the lists of Decree 76/2018/NĐ-CP found. */
public enum Screening {
    CLEAR,
    /** On the restricted list: transfer needs the Ministry's approval (Law 2017 art. 29). */
    RESTRICTED,
    /** On the prohibited list: never published. */
    PROHIBITED
}
