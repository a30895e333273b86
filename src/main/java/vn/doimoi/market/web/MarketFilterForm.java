package vn.doimoi.market.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.listing.ListingFilter;
import vn.doimoi.shared.web.MoneyFormatter;

/**
 * The marketplace's filters as typed in the address (ADR 0038: bound into a form object), so that
 * a filtered list can be shared as a link. A value that cannot be read (a price "abc", a TRL 99) is
 * left out of the filter and named in a notice, never an error page.
 */
public record MarketFilterForm(
        String kind,
        String q,
        String field,
        String trl,
        String mode,
        String priceMin,
        String priceMax,
        String province) {

    static final int MAX_TEXT = 200;

    public MarketFilterForm {
        kind = nz(kind);
        q = nz(q);
        field = nz(field);
        trl = nz(trl);
        mode = nz(mode);
        priceMin = nz(priceMin);
        priceMax = nz(priceMax);
        province = nz(province);
    }

    /** The filter the readable values make, and a message key for each value left out. */
    record Parsed(ListingFilter filter, List<String> ignored) {}

    Parsed parse() {
        List<String> ignored = new ArrayList<>();
        ListingKind chosenKind = MarketController.parseKind(kind);
        String sector = field.isBlank() ? null : field.strip();
        if (sector != null && !sector.matches("\\d{1,7}")) {
            ignored.add("market.filters.ignored.field");
            sector = null;
        }
        Integer trlMin = trlLevel();
        if (!trl.isBlank() && trlMin == null) {
            ignored.add("market.filters.ignored.trl");
        }
        CooperationMode chosenMode = chosenMode();
        if (!mode.isBlank() && chosenMode == null) {
            ignored.add("market.filters.ignored.mode");
        }
        BigDecimal min = MoneyFormatter.amount(priceMin);
        if (!priceMin.isBlank() && min == null) {
            ignored.add("market.filters.ignored.priceMin");
        }
        BigDecimal max = MoneyFormatter.amount(priceMax);
        if (!priceMax.isBlank() && max == null) {
            ignored.add("market.filters.ignored.priceMax");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            ignored.add("market.filters.ignored.priceRange");
            max = null;
        }
        String words = q.length() > MAX_TEXT ? q.substring(0, MAX_TEXT) : q;
        String chosenProvince = province.isBlank() || province.length() > MAX_TEXT ? null : province.strip();
        return new Parsed(
                new ListingFilter(chosenKind, words, sector, trlMin, chosenMode, min, max, chosenProvince), ignored);
    }

    /** Whether anything besides the kind narrows the list. */
    public boolean narrowed() {
        return !(q.isBlank()
                && field.isBlank()
                && trl.isBlank()
                && mode.isBlank()
                && priceMin.isBlank()
                && priceMax.isBlank()
                && province.isBlank());
    }

    /** This filter's address with another kind (null: all kinds), for the kind tabs. */
    public String withKind(@Nullable ListingKind other) {
        return link(other == null ? "" : other.name());
    }

    /** The address of this filter, ending so that "page=n" can be appended (the pager's base). */
    public String pagerBase() {
        String link = link(kind);
        return link + (link.contains("?") ? "&" : "?");
    }

    private String link(String chosenKind) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/market");
        add(uri, "kind", chosenKind);
        add(uri, "q", q);
        add(uri, "field", field);
        add(uri, "trl", trl);
        add(uri, "mode", mode);
        add(uri, "priceMin", priceMin);
        add(uri, "priceMax", priceMax);
        add(uri, "province", province);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (!value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    private @Nullable Integer trlLevel() {
        try {
            int value = Integer.parseInt(trl.strip());
            return value >= 1 && value <= 9 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private @Nullable CooperationMode chosenMode() {
        Optional<CooperationMode> found = Arrays.stream(CooperationMode.values())
                .filter(each -> each.name().equals(mode.strip()))
                .findFirst();
        return found.orElse(null);
    }

    private static String nz(@Nullable String text) {
        return text == null ? "" : text;
    }
}
