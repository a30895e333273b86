package vn.doimoi.portal;

/** Kinds of legal and policy documents (loại văn bản). */
public enum DocumentType {
    LAW,
    DECREE,
    RESOLUTION,
    PROGRAMME,
    PLAN,
    DECISION,
    CIRCULAR,
    DIRECTIVE,
    CONCLUSION,
    OFFICIAL_LETTER,
    OTHER
}
