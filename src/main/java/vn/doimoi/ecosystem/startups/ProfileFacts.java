package vn.doimoi.ecosystem.startups;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.text.VietnameseText;

/**
 * What an organisation says of itself in its profile, checked and in NFC: a startup has a stage and
 * a founding year; every kind names its fields, its team and what it offers (a product, or the
 * support it gives). Funding rounds are ranges, at most {@value #MAX_ROUNDS}.
 */
public record ProfileFacts(
        InnovatorKind kind,
        @Nullable StartupStage stage,
        @Nullable Integer foundedYear,
        int teamSize,
        String team,
        String product,
        String productDescription,
        Set<String> fieldCodes,
        List<FundingRound> fundingRounds) {

    public static final int MAX_ROUNDS = 10;
    public static final int MAX_FIELDS = 5;

    public ProfileFacts {
        if (kind == null) {
            throw DomainException.invalid("startups.error.kind");
        }
        if (kind.startup() && stage == null) {
            throw DomainException.invalid("startups.error.stage");
        }
        if (kind.startup() && foundedYear == null) {
            throw DomainException.invalid("startups.error.foundedYear");
        }
        if (foundedYear != null && (foundedYear < 1900 || foundedYear > 2100)) {
            throw DomainException.invalid("startups.error.foundedYear");
        }
        if (teamSize < 1 || teamSize > 100_000) {
            throw DomainException.invalid("startups.error.teamSize");
        }
        team = clean(team);
        product = clean(product);
        productDescription = clean(productDescription);
        if (product.isEmpty() || product.length() > 300) {
            throw DomainException.invalid("startups.error.product");
        }
        if (productDescription.isEmpty() || productDescription.length() > 5000) {
            throw DomainException.invalid("startups.error.productDescription");
        }
        if (team.length() > 5000) {
            throw DomainException.invalid("startups.error.team");
        }
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
        if (fieldCodes.isEmpty() || fieldCodes.size() > MAX_FIELDS) {
            throw DomainException.invalid("startups.error.fields", MAX_FIELDS);
        }
        fundingRounds = fundingRounds == null ? List.of() : List.copyOf(fundingRounds);
        if (fundingRounds.size() > MAX_ROUNDS) {
            throw DomainException.invalid("startups.error.rounds", MAX_ROUNDS);
        }
        for (FundingRound round : fundingRounds) {
            if (round.name().isBlank()
                    || round.name().length() > 100
                    || round.year() < 1990
                    || round.year() > 2100
                    || (round.investor() != null && round.investor().length() > 300)) {
                throw DomainException.invalid("startups.error.round");
            }
        }
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : VietnameseText.nfc(text.strip());
    }
}
