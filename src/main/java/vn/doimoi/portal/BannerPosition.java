package vn.doimoi.portal;

/** Where a banner shows: across the top of the home page, or in the side column. */
public enum BannerPosition {
    TOP(1200),
    SIDE(480);

    private final int maxImageWidth;

    BannerPosition(int maxImageWidth) {
        this.maxImageWidth = maxImageWidth;
    }

    /** The widest image the slot needs (about twice its width on the page); larger ones are scaled down. */
    public int maxImageWidth() {
        return maxImageWidth;
    }
}
