package vn.doimoi.directory;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.doimoi.places.Places;
import vn.doimoi.places.PostalAddress;

/**
 * The editable facts of an organisation, already cleaned (NFC, trimmed, tax code normalised), or as
 * an outside list gives them ({@link DirectoryImport}), cleaned on the way in.
 *
 * @param registrationNumber the S&T organisation registration certificate number (giấy chứng nhận đăng ký hoạt động KH&CN)
 * @param fieldCodes fields of activity, codes of the S&T field classification
 * @param province the province's code in the official list (ADR 0052); an import may give its name
 * @param commune the commune's code in that province; an import may give a current commune's name
 * @param addressRecordedOn the day the address was recorded, which says whose list its codes belong
 *     to (before 1/7/2025 the 63 provinces); null on input means today
 */
public record OrganisationData(
        OrganisationType type,
        String name,
        @Nullable String shortName,
        @Nullable String taxCode,
        @Nullable String registrationNumber,
        Set<String> fieldCodes,
        @Nullable String province,
        @Nullable String commune,
        @Nullable String streetAddress,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String website,
        @Nullable String description,
        @Nullable LocalDate addressRecordedOn) {

    public OrganisationData {
        fieldCodes = fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes);
    }

    /** The same facts with another type. */
    public OrganisationData withType(OrganisationType newType) {
        return copy(newType, province, commune);
    }

    /** The same facts with the province and commune written as {@code province} and {@code commune}. */
    public OrganisationData withPlaces(@Nullable String newProvince, @Nullable String newCommune) {
        return copy(type, newProvince, newCommune);
    }

    private OrganisationData copy(OrganisationType newType, @Nullable String newProvince, @Nullable String newCommune) {
        return new OrganisationData(
                newType,
                name,
                shortName,
                taxCode,
                registrationNumber,
                fieldCodes,
                newProvince,
                newCommune,
                streetAddress,
                email,
                phone,
                website,
                description,
                addressRecordedOn);
    }

    /** The address as codes with its day ({@code today} where none is recorded yet). */
    public PostalAddress postalAddress(LocalDate today) {
        return new PostalAddress(
                province, commune, streetAddress, addressRecordedOn == null ? today : addressRecordedOn);
    }

    /** Whether the address was recorded before the merger, in the units of that time. */
    public boolean addressBeforeMerger() {
        return addressRecordedOn != null && addressRecordedOn.isBefore(Places.MERGER);
    }

    /** The facts as most callers give them: the address recorded today. */
    public OrganisationData(
            OrganisationType type,
            String name,
            @Nullable String shortName,
            @Nullable String taxCode,
            @Nullable String registrationNumber,
            Set<String> fieldCodes,
            @Nullable String province,
            @Nullable String commune,
            @Nullable String streetAddress,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String description) {
        this(
                type,
                name,
                shortName,
                taxCode,
                registrationNumber,
                fieldCodes,
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description,
                null);
    }

    /** An organisation without registration number or fields (they can be added later). */
    public OrganisationData(
            OrganisationType type,
            String name,
            @Nullable String shortName,
            @Nullable String taxCode,
            @Nullable String province,
            @Nullable String commune,
            @Nullable String streetAddress,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String website,
            @Nullable String description) {
        this(
                type,
                name,
                shortName,
                taxCode,
                null,
                Set.of(),
                province,
                commune,
                streetAddress,
                email,
                phone,
                website,
                description);
    }
}
