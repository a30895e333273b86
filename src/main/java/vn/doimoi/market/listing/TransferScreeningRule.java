package vn.doimoi.market.listing;

import java.util.Arrays;
import java.util.List;
import vn.doimoi.market.Screening;
import vn.doimoi.rules.RuleKind;

/**
 * The technologies restricted from transfer or prohibited (Technology Transfer Law 2017 art. 9-11,
 * the appendices of Decree 76/2018/NĐ-CP) as a rule the Department keeps (kind
 * {@code transfer-screening}, ADR 0051): a listing is screened against the version in force on the day
 * it is submitted, and the version's code is kept with the finding.
 *
 * @param entries one line per technology
 */
public record TransferScreeningRule(List<Entry> entries) {

    public static final RuleKind<TransferScreeningRule> KIND =
            RuleKind.of("transfer-screening", TransferScreeningRule.class);

    /**
     * One technology of a list.
     *
     * @param level restricted or prohibited
     * @param description what the technology is, as the finding names it
     * @param terms the words that flag it in a listing, separated by "|" (folded, so "amiang" finds "amiăng")
     * @param source the legal text the line comes from
     */
    public record Entry(Screening level, String description, String terms, String source) {

        public Entry {
            if (level == null || level == Screening.CLEAR) {
                throw new IllegalArgumentException("transfer-screening: a line is restricted or prohibited");
            }
            if (description == null || description.isBlank() || source == null || source.isBlank()) {
                throw new IllegalArgumentException("transfer-screening: a line needs its description and source");
            }
            if (terms == null || termList(terms).isEmpty()) {
                throw new IllegalArgumentException("transfer-screening: a line needs a term");
            }
        }

        /** The terms one by one. */
        public List<String> termList() {
            return termList(terms);
        }

        private static List<String> termList(String terms) {
            return Arrays.stream(terms.split("\\|"))
                    .map(String::strip)
                    .filter(each -> !each.isEmpty())
                    .toList();
        }
    }

    public TransferScreeningRule {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("transfer-screening: no line");
        }
        entries = List.copyOf(entries);
    }
}
