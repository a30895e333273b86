package vn.doimoi.projects.execution;

/** Khoán chi đến sản phẩm cuối cùng / khoán chi từng phần (Decree 95/2014 art. 6, 7). */
public enum FundingMode {
    LUMP_SUM_TO_FINAL_PRODUCT,
    PARTIAL_LUMP_SUM
}
