package vn.doimoi.directory;

/** Kinds of organisation in the province's innovation system (GLOSSARY.md). */
public enum OrganisationType {
    ENTERPRISE,
    INSTITUTE,
    UNIVERSITY,
    AGENCY,
    SERVICE_PROVIDER,
    OTHER
}
