package vn.doimoi.projects;

/**
 * One measurable specification of a product ("chỉ tiêu"): what is measured, the unit and the
 * value the order requires, e.g. ("Năng suất", "tấn/ha", "≥ 6,5").
 */
public record ProductSpec(String indicator, String unit, String requiredValue) {}
