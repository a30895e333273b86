package vn.doimoi.directory;

/** Học hàm: the state's academic titles. */
public enum AcademicTitle {
    /** Giáo sư. */
    GS,
    /** Phó giáo sư. */
    PGS
}
