package vn.doimoi.projects.tasks.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.doimoi.projects.selection.Views.TaskView;
import vn.doimoi.projects.tasks.TaskStage;

/** A task as the register shows it: what was approved, and the stage it has reached since. */
public record RegisterEntry(
        @JsonUnwrapped TaskView task,

        @Schema(
                description = "Where the task stands across every process: awaiting contract, contracted,"
                        + " in execution, under acceptance, accepted, not accepted, result registered,"
                        + " liquidated or stopped. `state` is only the selection's approval state.")
        TaskStage stage) {}
