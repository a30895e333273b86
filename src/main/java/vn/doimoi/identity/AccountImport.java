package vn.doimoi.identity;

/**
 * Creates accounts from a list made elsewhere (a staff roster, the demo): an account whose
 * username exists already is left as it is, so running the same list again changes nothing.
 */
public interface AccountImport {

    /** Creates the account unless its username is taken; the password must pass the policy. */
    void createIfAbsent(ImportedAccount account);
}
