package vn.doimoi.ecosystem.initiatives.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.doimoi.ecosystem.initiatives.CoAuthor;
import vn.doimoi.ecosystem.initiatives.Declaration;
import vn.doimoi.ecosystem.initiatives.Initiative;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.web.DateFormatter;
import vn.doimoi.shared.web.MoneyFormatter;

/**
 * The declaration form as posted: text as typed (shown again on an error), the money and the date
 * read by the site's one formatter each, up to {@value #CO_AUTHOR_ROWS} co-authors (a row with no
 * name is empty). The rules — shares adding up to 100%, a benefit given — are the initiative's.
 */
public record InitiativeForm(
        @Nullable String authorName,
        @Nullable String title,
        @Nullable String field,
        @Nullable String description,
        @Nullable String scope,
        @Nullable String appliedSince,
        @Nullable String economicBenefit,
        @Nullable String socialBenefit,
        @Nullable String authorShare,
        @Nullable List<String> coAuthorNames,
        @Nullable List<String> coAuthorShares,
        long version) {

    static final int CO_AUTHOR_ROWS = 4;

    static InitiativeForm empty(String authorName) {
        return new InitiativeForm(authorName, "", "", "", "", "", "", "", "100", List.of(), List.of(), 0);
    }

    static InitiativeForm of(Initiative i) {
        return new InitiativeForm(
                i.authorName(),
                i.title(),
                i.field(),
                i.description(),
                i.scope(),
                i.appliedSince() == null ? "" : VietnameseFormats.date(i.appliedSince()),
                i.economicBenefit() == null ? "" : VietnameseFormats.number(i.economicBenefit()),
                i.socialBenefit(),
                String.valueOf(i.authorShare()),
                i.coAuthors().stream().map(CoAuthor::fullName).toList(),
                i.coAuthors().stream()
                        .map(c -> String.valueOf(c.sharePercent()))
                        .toList(),
                i.version());
    }

    /** The co-author name typed in a row, empty past the rows posted. */
    public String coAuthorName(int row) {
        return row < names().size() ? names().get(row) : "";
    }

    public String coAuthorShare(int row) {
        return row < shares().size() ? shares().get(row) : "";
    }

    /** Whether the date of first application, if typed, reads as dd/MM/yyyy. */
    boolean dateReadable() {
        return blank(appliedSince) || DateFormatter.date(appliedSince) != null;
    }

    /** Whether the economic benefit, if typed, reads as an amount in đồng. */
    boolean moneyReadable() {
        return blank(economicBenefit) || MoneyFormatter.amount(economicBenefit) != null;
    }

    /** Whether the author's share and every named co-author's share read as whole percent. */
    boolean sharesReadable() {
        if (share(authorShare) == null) {
            return false;
        }
        for (int row = 0; row < names().size(); row++) {
            if (!names().get(row).isBlank() && share(coAuthorShare(row)) == null) {
                return false;
            }
        }
        return true;
    }

    Declaration declaration() {
        List<CoAuthor> coAuthors = new ArrayList<>();
        for (int row = 0; row < names().size(); row++) {
            Integer share = share(coAuthorShare(row));
            if (!names().get(row).isBlank() && share != null) {
                coAuthors.add(new CoAuthor(names().get(row), share));
            }
        }
        Integer mine = share(authorShare);
        LocalDate since = blank(appliedSince) ? null : DateFormatter.date(appliedSince);
        BigDecimal money = blank(economicBenefit) ? null : MoneyFormatter.amount(economicBenefit);
        return new Declaration(
                nz(title),
                nz(field),
                nz(description),
                nz(scope),
                since,
                money,
                nz(socialBenefit),
                mine == null ? 0 : mine,
                coAuthors);
    }

    private List<String> names() {
        return coAuthorNames == null ? List.of() : coAuthorNames;
    }

    private List<String> shares() {
        return coAuthorShares == null ? List.of() : coAuthorShares;
    }

    private static @Nullable Integer share(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip().replace("%", ""));
            return value >= 0 && value <= 100 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
