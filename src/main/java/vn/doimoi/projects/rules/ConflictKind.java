package vn.doimoi.projects.rules;

/** Why a council member may not assess a dossier (TT 20/2023/TT-BKHCN art. 8.2). */
public enum ConflictKind {
    /** works at the applicant organisation now */
    WORKS_AT_APPLICANT,
    /** worked at the applicant organisation before */
    WORKED_AT_APPLICANT,
    /** works or worked at a partner organisation of the dossier */
    WORKS_AT_PARTNER,
    /** is the principal investigator or a key member of the dossier */
    IS_APPLICANT_PERSON,
    /** declared a family relation with the PI or a key member */
    DECLARED_RELATIVE,
    /** is under a sanction that has not been served */
    SANCTIONED,
    /** declared a conflict of interest the data could not show (the member's own declaration) */
    DECLARED_BY_MEMBER
}
