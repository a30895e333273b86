package vn.doimoi.projects.results;

import java.time.LocalDate;
import vn.doimoi.shared.DomainException;

/** A protection title granted for a result: its kind, its number and the day it was granted. */
public record ProtectionTitle(ProtectionTitleKind kind, String number, LocalDate grantedOn) {

    public ProtectionTitle {
        if (kind == null || number == null || number.isBlank() || grantedOn == null) {
            throw DomainException.refused("result.title.error.incomplete");
        }
        number = number.strip();
        if (number.length() > 100) {
            throw DomainException.refused("result.title.error.number");
        }
    }
}
