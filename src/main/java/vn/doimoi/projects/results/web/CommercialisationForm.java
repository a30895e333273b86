package vn.doimoi.projects.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.results.Commercialisation;
import vn.doimoi.projects.results.CommercialisationKind;
import vn.doimoi.projects.results.CommercialisationTerms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Money;
import vn.doimoi.shared.text.VietnameseFormats;

/** A commercialisation as the owner or STAFF types it; money read by the site's formatter, the state share in percent. */
public record CommercialisationForm(
        @Nullable CommercialisationKind kind,
        @Nullable LocalDate concludedOn,
        @Nullable String counterparty,
        @Nullable Money income,
        @Nullable Money profitAfterTax,
        @Nullable BigDecimal stateSharePercent,
        @Nullable Money authorsAmount,
        @Nullable Money intermediariesAmount,
        @Nullable Long rowVersion) {

    static CommercialisationForm empty() {
        return new CommercialisationForm(null, null, null, null, null, null, null, null, null);
    }

    /** A recorded commercialisation as its correction form starts. */
    static CommercialisationForm of(Commercialisation recorded) {
        CommercialisationTerms terms = recorded.terms();
        return new CommercialisationForm(
                terms.kind(),
                terms.concludedOn(),
                terms.counterparty(),
                new Money(terms.income()),
                new Money(terms.profitAfterTax()),
                terms.stateSharePercent(),
                new Money(terms.authorsAmount()),
                terms.intermediariesAmount() == null ? null : new Money(terms.intermediariesAmount()),
                recorded.version());
    }

    /** An amount as the form shows it again: "1.234.567", or empty. */
    public static String typed(@Nullable Money money) {
        return money == null ? "" : VietnameseFormats.number(money.amount());
    }

    /** The terms to record; a missing required value is the domain's refusal, shown on the form. */
    CommercialisationTerms terms() {
        if (kind == null
                || concludedOn == null
                || counterparty == null
                || income == null
                || profitAfterTax == null
                || stateSharePercent == null
                || authorsAmount == null) {
            throw DomainException.refused("result.sharing.error.incomplete");
        }
        return new CommercialisationTerms(
                kind,
                concludedOn,
                counterparty,
                income.amount(),
                profitAfterTax.amount(),
                stateSharePercent,
                authorsAmount.amount(),
                intermediariesAmount == null ? null : intermediariesAmount.amount());
    }
}
