package vn.doimoi.projects;

/** How the host organisation of an ordered task is chosen (tuyển chọn / giao trực tiếp). */
public enum SelectionMethod {
    COMPETITION,
    DIRECT_ASSIGNMENT
}
