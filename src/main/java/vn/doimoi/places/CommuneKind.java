package vn.doimoi.places;

/** What a commune-level unit is since 1/7/2025: xã, phường or đặc khu (special zone). */
public enum CommuneKind {
    XA,
    PHUONG,
    DAC_KHU
}
