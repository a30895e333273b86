package vn.doimoi.projects;

/** Kinds of state-funded S&T task (đề tài, dự án sản xuất thử nghiệm, đề án). */
public enum TaskType {
    RESEARCH_TOPIC,
    PILOT_PRODUCTION,
    SCHEME
}
