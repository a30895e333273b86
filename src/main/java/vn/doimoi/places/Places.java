package vn.doimoi.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.doimoi.places.catalogue.PlaceCatalogue;
import vn.doimoi.shared.DomainException;

/**
 * Provinces and communes for addresses (ADR 0052): the 34 provinces and 3,321 communes in force
 * since {@link #MERGER}, and the 63 provinces with their communes before it. A record keeps codes
 * and its day ({@link PostalAddress}); a code from a form that the list does not hold is refused
 * as hostile input (the form never offered it), a commune of another province as a mistake.
 */
@Service
public class Places {

    /** The day the provinces of Resolution 202/2025/QH15 and the two-tier local government began. */
    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    /** What an address shows after a unit of the list before the merger. */
    public static final String FORMER = " (cũ)";

    private final PlaceCatalogue catalogue;

    Places(PlaceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The 34 provinces and centrally-run cities, in the list's order. */
    public List<ProvinceUnit> provinces() {
        return List.copyOf(catalogue.provinces().values());
    }

    public Optional<ProvinceUnit> province(String code) {
        return Optional.ofNullable(catalogue.provinces().get(code));
    }

    public Optional<CommuneUnit> commune(String code) {
        return Optional.ofNullable(catalogue.communes().get(code));
    }

    /** The communes, wards and special zones of a current province; an unknown code is refused. */
    public List<CommuneUnit> communes(String provinceCode) {
        ProvinceUnit province = province(provinceCode)
                .orElseThrow(() -> DomainException.invalid("error.input.place.province", provinceCode));
        return catalogue.communes().values().stream()
                .filter(commune -> commune.provinceCode().equals(province.code()))
                .toList();
    }

    /** The 63 provinces before the merger, each with the province it became part of. */
    public List<HistoricalProvince> provincesBeforeMerger() {
        return List.copyOf(catalogue.provincesBefore().values());
    }

    public Optional<HistoricalProvince> provinceBeforeMerger(String code) {
        return Optional.ofNullable(catalogue.provincesBefore().get(code));
    }

    public Optional<HistoricalCommune> communeBeforeMerger(String code) {
        return Optional.ofNullable(catalogue.communesBefore().get(code));
    }

    /**
     * The address with the codes of the units named, as the list of {@code recordedOn} holds them.
     * Province and commune may be given by code (forms) or by name (imports, "Tây Ninh", "Xã Mộc
     * Hóa"); a commune before the merger only by code, since its name repeats across districts.
     *
     * @throws DomainException INVALID: an unknown province or commune ({@code error.input.place.*}),
     *     a commune without its province, or a commune of another province
     */
    public PostalAddress address(
            @Nullable String province, @Nullable String commune, @Nullable String street, LocalDate recordedOn) {
        String provinceCode =
                province == null || province.isBlank() ? null : provinceCode(province.strip(), recordedOn);
        String communeCode = null;
        if (commune != null && !commune.isBlank()) {
            if (provinceCode == null) {
                throw DomainException.invalid("places.error.communeWithoutProvince");
            }
            communeCode = communeCode(commune.strip(), provinceCode, recordedOn);
        }
        return new PostalAddress(
                provinceCode, communeCode, street == null || street.isBlank() ? null : street.strip(), recordedOn);
    }

    /**
     * Province and commune as a sheet names them, in the units in force on {@code day} (after the
     * merger): the province by its name or code, a name from before the merger ("Long An", "Long An
     * (cũ)") read as the province it became part of; the commune by its name or code in that
     * province's current list. A former commune has no single successor in the list, so it is refused.
     *
     * @throws DomainException INVALID: an unknown province ({@code places.error.unknownProvinceName}),
     *     a commune not in the province's list ({@code places.error.unknownCommuneName}), or a commune
     *     without its province ({@code places.error.namedCommuneWithoutProvince})
     */
    public PostalAddress named(@Nullable String province, @Nullable String commune, LocalDate day) {
        boolean hasCommune = commune != null && !commune.isBlank();
        if (province == null || province.isBlank()) {
            if (hasCommune) {
                throw DomainException.invalid("places.error.namedCommuneWithoutProvince", commune.strip());
            }
            return new PostalAddress(null, null, null, day);
        }
        String given = java.text.Normalizer.normalize(province.strip(), java.text.Normalizer.Form.NFC);
        String former = FORMER.strip();
        String key =
                PlaceNames.key(given.endsWith(former) ? given.substring(0, given.length() - former.length()) : given);
        ProvinceUnit current = province(given)
                .or(() -> catalogue.provinces().values().stream()
                        .filter(p -> PlaceNames.key(p.name()).equals(key))
                        .findFirst())
                .or(() -> catalogue.provincesBefore().values().stream()
                        .filter(p -> PlaceNames.key(p.name()).equals(key))
                        .findFirst()
                        .flatMap(p -> province(p.becamePartOf())))
                .orElseThrow(() -> DomainException.invalid("places.error.unknownProvinceName", given));
        if (!hasCommune) {
            return new PostalAddress(current.code(), null, null, day);
        }
        String name = commune.strip();
        CommuneUnit unit = commune(name)
                .filter(c -> c.provinceCode().equals(current.code()))
                .or(() -> byName(name, current.code()))
                .orElseThrow(() -> DomainException.invalid("places.error.unknownCommuneName", name, current.name()));
        return new PostalAddress(current.code(), unit.code(), null, day);
    }

    /**
     * The address a form sends, against the one the record keeps (ADR 0052). Left as it was, it keeps
     * its day, so a record made before the merger keeps its former units; left empty where the stored
     * one predates the merger (the form shows that one as text and offers current units only), it is
     * kept too. Any other address is checked against the list of {@code day} — today for a form.
     *
     * @param stored the address the record keeps; null when it has none
     */
    public PostalAddress revised(
            @Nullable String province,
            @Nullable String commune,
            @Nullable String street,
            @Nullable PostalAddress stored,
            LocalDate day) {
        String chosenProvince = province == null || province.isBlank() ? null : province;
        String chosenCommune = commune == null || commune.isBlank() ? null : commune;
        if (stored != null) {
            boolean untouched = Objects.equals(chosenProvince, stored.provinceCode())
                    && Objects.equals(chosenCommune, stored.communeCode());
            boolean formerKept = stored.beforeMerger() && chosenProvince == null && chosenCommune == null;
            if (untouched || formerKept) {
                return address(stored.provinceCode(), stored.communeCode(), street, stored.recordedOn());
            }
        }
        return address(chosenProvince, chosenCommune, street, day);
    }

    /** "street, commune, province"; units of the list before the merger end in " (cũ)", with their district. */
    public String format(PostalAddress address) {
        return Stream.of(address.street(), communePart(address), provinceName(address))
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /** The province's name as the address shows it: "Tây Ninh", or "Long An (cũ)" before the merger. */
    public @Nullable String provinceName(PostalAddress address) {
        if (address.provinceCode() == null) {
            return null;
        }
        return address.beforeMerger()
                ? provinceBeforeMerger(address.provinceCode())
                        .map(p -> p.shortName() + FORMER)
                        .orElse(null)
                : province(address.provinceCode()).map(ProvinceUnit::name).orElse(null);
    }

    /** The current province the address lies in (for an address before the merger, the one its province joined). */
    public Optional<ProvinceUnit> currentProvince(PostalAddress address) {
        if (address.provinceCode() == null) {
            return Optional.empty();
        }
        return address.beforeMerger()
                ? provinceBeforeMerger(address.provinceCode()).flatMap(p -> province(p.becamePartOf()))
                : province(address.provinceCode());
    }

    private @Nullable String communePart(PostalAddress address) {
        if (address.communeCode() == null) {
            return null;
        }
        return address.beforeMerger()
                ? communeBeforeMerger(address.communeCode())
                        .map(c -> c.name() + FORMER + ", " + c.district() + FORMER)
                        .orElse(null)
                : commune(address.communeCode()).map(CommuneUnit::name).orElse(null);
    }

    private String provinceCode(String given, LocalDate recordedOn) {
        Map<String, ?> byCode = recordedOn.isBefore(MERGER) ? catalogue.provincesBefore() : catalogue.provinces();
        if (byCode.containsKey(given)) {
            return given;
        }
        String key = PlaceNames.key(given);
        Stream<Map.Entry<String, String>> names = recordedOn.isBefore(MERGER)
                ? catalogue.provincesBefore().values().stream().map(p -> Map.entry(p.code(), p.name()))
                : catalogue.provinces().values().stream().map(p -> Map.entry(p.code(), p.name()));
        return names.filter(entry -> PlaceNames.key(entry.getValue()).equals(key))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("error.input.place.province", given));
    }

    private String communeCode(String given, String provinceCode, LocalDate recordedOn) {
        if (recordedOn.isBefore(MERGER)) {
            HistoricalCommune commune = communeBeforeMerger(given)
                    .orElseThrow(() -> DomainException.invalid("error.input.place.commune", given));
            if (!commune.provinceCode().equals(provinceCode)) {
                throw outside(commune.name(), provinceBeforeMerger(provinceCode).map(HistoricalProvince::shortName));
            }
            return commune.code();
        }
        CommuneUnit commune = commune(given)
                .or(() -> byName(given, provinceCode))
                .orElseThrow(() -> DomainException.invalid("error.input.place.commune", given));
        if (!commune.provinceCode().equals(provinceCode)) {
            throw outside(commune.name(), province(provinceCode).map(ProvinceUnit::name));
        }
        return commune.code();
    }

    private Optional<CommuneUnit> byName(String name, String provinceCode) {
        String key = PlaceNames.key(name);
        return catalogue.communes().values().stream()
                .filter(c -> c.provinceCode().equals(provinceCode)
                        && PlaceNames.key(c.name()).equals(key))
                .findFirst();
    }

    private static DomainException outside(String commune, Optional<String> province) {
        return DomainException.invalid("places.error.communeOutsideProvince", commune, province.orElse(""));
    }
}
