package vn.doimoi.shared.work;

import java.util.List;

/**
 * What one module has waiting for the signed-in person (ADR 0044). Each module implements it as a
 * bean, reading through its own services and repositories, and decides by the person's roles which
 * sections concern them: a section it returns is shown even when empty, a section it leaves out is
 * none of the person's business. The page that gathers them knows no module.
 */
public interface WorkItemSource {

    /** The sections of this module for the signed-in person; empty when none concern them. */
    List<WorkSection> sections();
}
