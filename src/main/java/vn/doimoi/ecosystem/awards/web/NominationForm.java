package vn.doimoi.ecosystem.awards.web;

import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.awards.NewNomination;
import vn.doimoi.ecosystem.awards.NomineeKind;

/** A nomination as posted; whom it names and whether the category admits it is the service's to check. */
public record NominationForm(
        @Nullable String category,
        @Nullable String nomineeKind,
        @Nullable String personName,
        @Nullable String achievement,
        @Nullable String summary) {

    static NominationForm empty() {
        return new NominationForm("", NomineeKind.ORGANISATION.name(), "", "", "");
    }

    boolean kindReadable() {
        return nomineeKind != null
                && (nomineeKind.equals(NomineeKind.PERSON.name())
                        || nomineeKind.equals(NomineeKind.ORGANISATION.name()));
    }

    NewNomination nomination() {
        return new NewNomination(
                category == null ? "" : category,
                NomineeKind.valueOf(nomineeKind),
                personName == null ? "" : personName,
                achievement == null ? "" : achievement,
                summary == null ? "" : summary);
    }
}
