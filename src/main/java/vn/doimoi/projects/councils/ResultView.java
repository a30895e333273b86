package vn.doimoi.projects.councils;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One item's counted result (a dossier by its applicant, a proposal by its title); rank 0 when it fails. */
public record ResultView(
        UUID itemId,
        String itemName,
        int sheets,
        BigDecimal average,
        Map<String, BigDecimal> criterionAverages,
        List<String> criteriaBelowMinimum,
        boolean passed,
        int rank,
        boolean tied) {}
