package vn.doimoi.places;

/**
 * A commune, ward or special zone of the list in force since 1/7/2025.
 *
 * @param code the five-digit code of the official list (e.g. "27823" Xã Mộc Hóa)
 * @param provinceCode the province it belongs to
 * @param name the name with its kind, as the list writes it ("Xã Mộc Hóa", "Phường Tân An")
 */
public record CommuneUnit(String code, String provinceCode, String name, CommuneKind kind) {}
