package vn.doimoi.rules;

import java.time.LocalDate;
import java.util.List;
import vn.doimoi.shared.DomainException;

/** The published versions of each kind of rule: by code, or the one in force on a day. */
public interface RuleVersions {

    /** The published versions of a kind, the latest start first. */
    <T> List<RuleVersion<T>> published(RuleKind<T> kind);

    /** A published version by its code (the one a decision recorded). */
    default <T> RuleVersion<T> version(RuleKind<T> kind, String code) {
        return published(kind).stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("rules.error.unknownVersion", code));
    }

    /**
     * The version in force on a day: the latest published one that started on or before it and has not
     * ended; before the first version started, the first one (records older than the rules kept).
     */
    default <T> RuleVersion<T> inForce(RuleKind<T> kind, LocalDate day) {
        List<RuleVersion<T>> versions = published(kind);
        if (versions.isEmpty()) {
            throw DomainException.invalid("rules.error.noVersion", kind.code());
        }
        return versions.stream()
                .filter(v -> v.inForceOn(day))
                .findFirst()
                .or(() -> versions.stream()
                        .filter(v -> !v.validFrom().isAfter(day))
                        .findFirst())
                .orElseGet(() -> versions.get(versions.size() - 1));
    }
}
