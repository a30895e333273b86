package vn.doimoi.projects.selection;

/** What an attached file is: a partner's confirmation (B1-5-PHNC), proof of legal status, or another file. */
public enum DossierFileKind {
    PARTNER_CONFIRMATION,
    LEGAL_STATUS,
    OTHER
}
