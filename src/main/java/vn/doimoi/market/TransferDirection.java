package vn.doimoi.market;

/** Where the technology goes, for the registration rule (Law 2017 art. 31). */
public enum TransferDirection {
    DOMESTIC,
    FOREIGN_TO_VIETNAM,
    VIETNAM_TO_FOREIGN
}
