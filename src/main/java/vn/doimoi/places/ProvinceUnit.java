package vn.doimoi.places;

/**
 * A province or centrally-run city of the list in force since 1/7/2025.
 *
 * @param code the two-digit code of the official list (e.g. "80" Tây Ninh)
 * @param name the name as the list writes it ("Tây Ninh", "Thành phố Hồ Chí Minh")
 * @param city whether it is a centrally-run city (thành phố trực thuộc trung ương)
 */
public record ProvinceUnit(String code, String name, boolean city) {}
