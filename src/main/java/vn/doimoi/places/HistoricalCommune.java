package vn.doimoi.places;

/**
 * A commune, ward or town before 1/7/2025, with the district the two-tier government removed.
 *
 * @param name "Xã Bình Hòa Tây"
 * @param district "Huyện Mộc Hóa"
 */
public record HistoricalCommune(String code, String provinceCode, String name, String district) {}
