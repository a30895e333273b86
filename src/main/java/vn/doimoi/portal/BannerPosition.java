package vn.doimoi.portal;

/** Where a banner shows: across the top of the home page, or in the side column. */
public enum BannerPosition {
    TOP,
    SIDE
}
