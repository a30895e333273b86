package vn.doimoi.traceability.labels;

/**
 * The label sizes a lot's sheet comes in: a 50 × 30 mm roll label (one per page, the label printer
 * repeats it), and an A4 sheet of 3 × 8 labels of 70 × 37 mm (common self-adhesive sheets).
 */
public enum LabelSize {
    SINGLE,
    SHEET
}
