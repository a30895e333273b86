package vn.doimoi.ecosystem.awards;

/** Whom a nomination puts forward: a person, or an organisation (the nominator's own). */
public enum NomineeKind {
    PERSON,
    ORGANISATION
}
