package vn.doimoi.projects.results;

/**
 * The industrial-property titles Law 93/2025 art. 73 names for its exception: a result of a task
 * assigned from 1/1/2023 whose title was granted shares its profit under the 2025 rule.
 */
public enum ProtectionTitleKind {
    /** Bằng độc quyền sáng chế. */
    PATENT,
    /** Bằng độc quyền kiểu dáng công nghiệp. */
    INDUSTRIAL_DESIGN,
    /** Giấy chứng nhận đăng ký thiết kế bố trí mạch tích hợp bán dẫn. */
    LAYOUT_DESIGN
}
