package vn.doimoi.traceability;

/** What an enterprise's location is (its GLN names it in events as read point and business location). */
public enum LocationKind {
    FARM,
    PLANT,
    WAREHOUSE
}
