package vn.doimoi.directory;

/** Học vị and professional degrees, highest first. */
public enum Degree {
    /** Tiến sĩ khoa học. */
    TSKH,
    /** Tiến sĩ. */
    TS,
    /** Bác sĩ chuyên khoa II. */
    CKII,
    /** Thạc sĩ. */
    THS,
    /** Bác sĩ chuyên khoa I. */
    CKI,
    /** Kỹ sư. */
    KS,
    /** Bác sĩ. */
    BS,
    /** Dược sĩ. */
    DS,
    /** Cử nhân. */
    CN
}
