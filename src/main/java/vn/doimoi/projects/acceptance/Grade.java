package vn.doimoi.projects.acceptance;

/** Acceptance grades: Xuất sắc, Đạt, Không đạt. */
public enum Grade {
    EXCELLENT,
    PASSED,
    FAILED;

    public boolean atLeastPassed() {
        return this != FAILED;
    }
}
