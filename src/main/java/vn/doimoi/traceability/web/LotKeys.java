package vn.doimoi.traceability.web;

import vn.doimoi.shared.DomainException;
import vn.doimoi.traceability.catalogue.Keys;

/** The GTIN of a consumer page's path, in the 14-digit form the catalogue keeps; 400 otherwise. */
final class LotKeys {

    private LotKeys() {}

    static String gtin(String raw) {
        try {
            return Keys.gtin(raw);
        } catch (DomainException e) {
            throw DomainException.invalid("traceability.error.gtin", raw);
        }
    }
}
