package vn.doimoi.ecosystem.startups.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.startups.FundingRange;
import vn.doimoi.ecosystem.startups.FundingRound;
import vn.doimoi.ecosystem.startups.InnovatorKind;
import vn.doimoi.ecosystem.startups.InnovatorProfile;
import vn.doimoi.ecosystem.startups.ProfileFacts;
import vn.doimoi.ecosystem.startups.StartupStage;

/**
 * The profile form as posted: text as typed (shown again on an error), numbers read here, up to
 * {@value #ROUND_ROWS} funding rounds (a row with no name is empty). What the facts must be is
 * {@link ProfileFacts}'s rule.
 */
public record ProfileForm(
        @Nullable String kind,
        @Nullable String stage,
        @Nullable String foundedYear,
        @Nullable String teamSize,
        @Nullable String team,
        @Nullable String product,
        @Nullable String productDescription,
        @Nullable List<String> fieldCodes,
        @Nullable List<String> roundNames,
        @Nullable List<String> roundYears,
        @Nullable List<String> roundRanges,
        @Nullable List<String> roundInvestors,
        long version) {

    static final int ROUND_ROWS = 3;

    static ProfileForm empty() {
        return new ProfileForm(
                "STARTUP", "", "", "", "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), -1);
    }

    static ProfileForm of(InnovatorProfile p) {
        return new ProfileForm(
                p.kind().name(),
                p.stage() == null ? "" : p.stage().name(),
                p.foundedYear() == null ? "" : String.valueOf(p.foundedYear()),
                String.valueOf(p.teamSize()),
                p.team(),
                p.product(),
                p.productDescription(),
                List.copyOf(new java.util.TreeSet<>(p.fieldCodes())),
                p.fundingRounds().stream().map(FundingRound::name).toList(),
                p.fundingRounds().stream().map(r -> String.valueOf(r.year())).toList(),
                p.fundingRounds().stream().map(r -> r.amount().name()).toList(),
                p.fundingRounds().stream()
                        .map(r -> r.investor() == null ? "" : r.investor())
                        .toList(),
                p.version());
    }

    /** Whether the founding year, if typed, and the team size read as whole numbers. */
    boolean numbersReadable() {
        return (blank(foundedYear) || number(foundedYear) != null) && number(teamSize) != null;
    }

    /** Whether every named round has a year and a range this site knows. */
    boolean roundsReadable() {
        for (int row = 0; row < list(roundNames).size(); row++) {
            if (!cell(roundNames, row).isBlank()
                    && (number(cell(roundYears, row)) == null || range(cell(roundRanges, row)) == null)) {
                return false;
            }
        }
        return true;
    }

    /** The facts as typed; {@link ProfileFacts} refuses what does not hold. */
    ProfileFacts facts() {
        List<FundingRound> rounds = new ArrayList<>();
        for (int row = 0; row < list(roundNames).size(); row++) {
            String name = cell(roundNames, row).strip();
            Integer year = number(cell(roundYears, row));
            FundingRange range = range(cell(roundRanges, row));
            if (!name.isEmpty() && year != null && range != null) {
                String investor = cell(roundInvestors, row).strip();
                rounds.add(new FundingRound(name, year, range, investor.isEmpty() ? null : investor));
            }
        }
        Integer size = number(teamSize);
        return new ProfileFacts(
                parse(InnovatorKind.class, kind),
                parse(StartupStage.class, stage),
                number(foundedYear),
                size == null ? 0 : size,
                nz(team),
                nz(product),
                nz(productDescription),
                new LinkedHashSet<>(
                        list(fieldCodes).stream().filter(c -> !c.isBlank()).toList()),
                rounds);
    }

    public String roundName(int row) {
        return cell(roundNames, row);
    }

    public String roundYear(int row) {
        return cell(roundYears, row);
    }

    public String roundRange(int row) {
        return cell(roundRanges, row);
    }

    public String roundInvestor(int row) {
        return cell(roundInvestors, row);
    }

    public boolean hasField(String code) {
        return list(fieldCodes).contains(code);
    }

    private static String cell(@Nullable List<String> values, int row) {
        List<String> all = list(values);
        return row < all.size() && all.get(row) != null ? all.get(row) : "";
    }

    private static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable FundingRange range(String text) {
        return parse(FundingRange.class, text);
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        if (blank(text)) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.strip())) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replace(".", "");
        if (!digits.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
