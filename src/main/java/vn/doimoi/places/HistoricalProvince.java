package vn.doimoi.places;

/**
 * One of the 63 provinces before 1/7/2025. Its code may be a current province's code for another
 * territory (Long An was 80, Tây Ninh is 80 now), so a code is read by the date its record was made.
 *
 * @param name the name as the old list wrote it ("Tỉnh Long An")
 * @param becamePartOf the code of the current province it became part of
 */
public record HistoricalProvince(String code, String name, String becamePartOf) {

    private static final String PROVINCE_PREFIX = "Tỉnh ";

    /** The name an address writes: "Long An", "Thành phố Hồ Chí Minh". */
    public String shortName() {
        return name.startsWith(PROVINCE_PREFIX) ? name.substring(PROVINCE_PREFIX.length()) : name;
    }
}
