package vn.doimoi.projects.rules;

/**
 * How far a task's time may be extended (kind {@code task-extension}): at most {@code maxExtensions}
 * extensions of at most {@code maxExtensionMonths} months each.
 */
public record ExtensionRule(int maxExtensions, int maxExtensionMonths) {

    public ExtensionRule {
        if (maxExtensions < 0 || maxExtensions > 10 || maxExtensionMonths < 1 || maxExtensionMonths > 60) {
            throw new IllegalArgumentException("extension: " + maxExtensions + " × " + maxExtensionMonths);
        }
    }
}
