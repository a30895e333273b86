package vn.doimoi.projects.rules;

/**
 * What the final evaluation dossier must hold (kind {@code evaluation-dossier}): under Decree
 * 267/2025 art. 17, the document fixing each member's contribution.
 */
public record EvaluationDossierRule(boolean memberContributionsRequired) {}
