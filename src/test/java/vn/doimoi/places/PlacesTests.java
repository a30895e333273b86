package vn.doimoi.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doimoi.places.catalogue.PlaceCatalogue;
import vn.doimoi.shared.DomainException;

/** The official list as shipped (ADR 0052): its sizes, the merger, the pairs it accepts and how an address reads. */
class PlacesTests {

    private static final LocalDate AFTER = LocalDate.of(2026, 3, 2);
    private static final LocalDate BEFORE = LocalDate.of(2024, 10, 15);
    private static final String TAY_NINH = "80";

    private final Places places = new Places(new PlaceCatalogue());

    @Test
    void theListHoldsThe34ProvincesAndTheirCommunes() {
        assertThat(places.provinces()).hasSize(34);
        assertThat(places.provinces()).filteredOn(ProvinceUnit::city).hasSize(6);
        assertThat(places.provinces().stream()
                        .mapToInt(p -> places.communes(p.code()).size())
                        .sum())
                .isEqualTo(3321);
        assertThat(places.province(TAY_NINH))
                .get()
                .extracting(ProvinceUnit::name)
                .isEqualTo("Tây Ninh");
    }

    @Test
    void tayNinhHas96CommunesAndWardsIncludingTheFormerLongAnPart() {
        // law-2025.md §8 [V]: 96 commune-level units, 82 xã and 14 phường
        assertThat(places.communes(TAY_NINH)).hasSize(96);
        assertThat(places.communes(TAY_NINH))
                .filteredOn(c -> c.kind() == CommuneKind.PHUONG)
                .hasSize(14);
        assertThat(places.communes(TAY_NINH))
                .filteredOn(c -> c.kind() == CommuneKind.XA)
                .hasSize(82);
        assertThat(places.communes(TAY_NINH))
                .extracting(CommuneUnit::name)
                .contains("Xã Mộc Hóa", "Phường Tân An", "Phường Tân Ninh", "Xã Bình Hiệp");
    }

    @Test
    void the63FormerProvincesEachBecamePartOfOneCurrentProvince() {
        assertThat(places.provincesBeforeMerger()).hasSize(63);
        assertThat(places.provinceBeforeMerger("80")).get().satisfies(longAn -> {
            assertThat(longAn.shortName()).isEqualTo("Long An");
            assertThat(longAn.becamePartOf()).isEqualTo(TAY_NINH);
        });
        assertThat(places.provinceBeforeMerger("72"))
                .get()
                .extracting(HistoricalProvince::becamePartOf)
                .isEqualTo(TAY_NINH);
        assertThat(places.provincesBeforeMerger())
                .allSatisfy(p -> assertThat(places.province(p.becamePartOf())).isPresent());
    }

    @Test
    void aCommuneOfAnotherProvinceIsRefused() {
        // Phường Ba Đình is in Hà Nội
        assertThatThrownBy(() -> places.address(TAY_NINH, "00004", null, AFTER))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("places.error.communeOutsideProvince");
                    assertThat(e.arguments()).containsExactly("Phường Ba Đình", "Tây Ninh");
                });
    }

    @Test
    void codesTheListDoesNotHoldAreRefusedAsHostileInput() {
        assertThatThrownBy(() -> places.address("<script>", null, null, AFTER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.input.place.province"));
        assertThatThrownBy(() -> places.address(TAY_NINH, "99999", null, AFTER))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.input.place.commune"));
        assertThatThrownBy(() -> places.communes("' OR 1=1 --"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("error.input.place.province"));
        assertThatThrownBy(() -> places.address(null, "27823", null, AFTER))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("places.error.communeWithoutProvince"));
    }

    @Test
    void afterTheMergerOnlyCurrentUnitsCanBeChosen() {
        assertThatThrownBy(() -> places.address("Long An", null, null, AFTER)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> places.address("72", null, null, AFTER)).isInstanceOf(DomainException.class);
        // 27796 was Xã Bình Hòa Tây, Huyện Mộc Hóa; it is no commune of the current list
        assertThatThrownBy(() -> places.address(TAY_NINH, "27796", null, AFTER)).isInstanceOf(DomainException.class);
    }

    @Test
    void namesAreAcceptedAsImportsWriteThem() {
        PostalAddress address = places.address("tỉnh Tây Ninh", "Xã Mộc Hoá", " Ấp 3 ", AFTER);

        assertThat(address.provinceCode()).isEqualTo(TAY_NINH);
        assertThat(address.communeCode()).isEqualTo("27823");
        assertThat(places.format(address)).isEqualTo("Ấp 3, Xã Mộc Hóa, Tây Ninh");
        assertThat(places.format(places.address("Hồ Chí Minh", null, null, AFTER)))
                .isEqualTo("Thành phố Hồ Chí Minh");
    }

    @Test
    void anAddressRecordedBeforeTheMergerShowsItsHistoricalNamesWithCu() {
        PostalAddress address = places.address("80", "27796", "Ấp Bình Thạnh", BEFORE);

        assertThat(address.beforeMerger()).isTrue();
        assertThat(places.format(address))
                .isEqualTo("Ấp Bình Thạnh, Xã Bình Hòa Tây (cũ), Huyện Mộc Hóa (cũ), Long An (cũ)");
        assertThat(places.currentProvince(address))
                .get()
                .extracting(ProvinceUnit::name)
                .isEqualTo("Tây Ninh");
        // the same code read on a day after the merger is the merged province
        assertThat(places.format(new PostalAddress("80", null, null, AFTER))).isEqualTo("Tây Ninh");
    }

    @Test
    void theDayOfTheMergerIsTheFirstDayOfTheCurrentList() {
        assertThat(new PostalAddress("80", null, null, LocalDate.of(2025, 6, 30)).beforeMerger())
                .isTrue();
        assertThat(new PostalAddress("80", null, null, Places.MERGER).beforeMerger())
                .isFalse();
    }
}
