package vn.doimoi.directory.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.doimoi.directory.OrganisationData;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.HistoricalCommune;
import vn.doimoi.places.Places;
import vn.doimoi.places.PostalAddress;
import vn.doimoi.places.ProvinceUnit;
import vn.doimoi.shared.text.VietnameseText;

/** An organisation's address against the official list of provinces and communes (ADR 0052). */
@Component
class OrganisationAddresses {

    private final Places places;
    private final Clock clock;

    OrganisationAddresses(Places places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    /**
     * The address checked against the list of its day. An address left as it was keeps its day, so
     * a record made before the merger keeps its former units; an address left empty where the
     * stored one predates the merger keeps that one too (the form shows it as text and offers only
     * current units). Any other address is recorded today, in today's units.
     *
     * @param stored the organisation's facts before this change; null for a new one
     */
    PostalAddress checked(OrganisationData data, @Nullable OrganisationData stored) {
        PostalAddress kept = stored == null || stored.addressRecordedOn() == null
                ? null
                : new PostalAddress(stored.province(), stored.commune(), null, stored.addressRecordedOn());
        return places.revised(
                blankToNull(data.province()),
                blankToNull(data.commune()),
                blankToNull(data.streetAddress()),
                kept,
                data.addressRecordedOn() != null ? data.addressRecordedOn() : today());
    }

    /** The names the row keeps beside the codes: the current province, and the commune as recorded. */
    AddressNames names(OrganisationData clean) {
        PostalAddress address = clean.postalAddress(today());
        return new AddressNames(
                places.currentProvince(address).map(ProvinceUnit::name).orElse(null), communeName(address));
    }

    /** "street, commune, province", former units marked "(cũ)". */
    String formatted(OrganisationData data) {
        PostalAddress address = displayable(data);
        String formatted = places.format(address);
        String legacyProvince = address.provinceCode() == null ? blankToNull(data.province()) : null;
        return legacyProvince == null
                ? formatted
                : formatted.isEmpty() ? legacyProvince : formatted + ", " + legacyProvince;
    }

    /**
     * The address with the text a row kept from before the list (a commune or province typed, that
     * the migration could not match to a code) moved into the street line, so it is still shown.
     */
    private PostalAddress displayable(OrganisationData data) {
        PostalAddress address = data.postalAddress(today());
        String province = known(address.provinceCode(), address, true) ? address.provinceCode() : null;
        String commune = known(address.communeCode(), address, false) ? address.communeCode() : null;
        String legacyCommune = commune == null ? address.communeCode() : null;
        String street = legacyCommune == null
                ? address.street()
                : address.street() == null ? legacyCommune : address.street() + ", " + legacyCommune;
        return new PostalAddress(province, commune, street, address.recordedOn());
    }

    private boolean known(@Nullable String code, PostalAddress address, boolean province) {
        if (code == null) {
            return false;
        }
        if (province) {
            return address.beforeMerger()
                    ? places.provinceBeforeMerger(code).isPresent()
                    : places.province(code).isPresent();
        }
        return address.beforeMerger()
                ? places.communeBeforeMerger(code).isPresent()
                : places.commune(code).isPresent();
    }

    Organisations.AddressLines lines(OrganisationData data) {
        PostalAddress address = displayable(data);
        String streetAndCommune =
                places.format(new PostalAddress(null, address.communeCode(), address.street(), address.recordedOn()));
        String province = places.provinceName(address);
        return new Organisations.AddressLines(
                streetAndCommune.isEmpty() ? null : streetAndCommune, province != null ? province : data.province());
    }

    /** The facts with names instead of codes, as a workbook shows them to people. */
    OrganisationData withNames(OrganisationData data) {
        PostalAddress address = data.postalAddress(today());
        String province = address.beforeMerger()
                ? places.provinceName(address)
                : places.province(Objects.requireNonNullElse(address.provinceCode(), ""))
                        .map(ProvinceUnit::name)
                        .orElse(data.province());
        String commune = communeName(address);
        return data.withPlaces(province, commune != null ? commune : data.commune());
    }

    private @Nullable String communeName(PostalAddress address) {
        String code = address.communeCode();
        if (code == null) {
            return null;
        }
        return address.beforeMerger()
                ? places.communeBeforeMerger(code).map(HistoricalCommune::name).orElse(null)
                : places.commune(code).map(CommuneUnit::name).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String clean = VietnameseText.clean(value);
        return clean == null || clean.isEmpty() ? null : clean;
    }
}
