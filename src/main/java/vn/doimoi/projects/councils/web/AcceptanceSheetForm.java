package vn.doimoi.projects.councils.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.acceptance.Grade;
import vn.doimoi.projects.rules.AcceptanceRule;

/**
 * A member's acceptance sheet as posted, by the member online or by STAFF from the signed paper:
 * each ordered product's three grades ({@code grades[<productId>].quantity} and so on), the
 * report's grade and a comment. Whether every ordered product is graded is the domain's call.
 */
record AcceptanceSheetForm(
        @Nullable Map<UUID, @Valid ProductGradesForm> grades,
        @NotNull @Nullable Grade reportGrade,
        @Size(max = 4000) @Nullable String comment) {

    /** One product's grades; each criterion is required. */
    record ProductGradesForm(
            @NotNull @Nullable Grade quantity,
            @NotNull @Nullable Grade volume,
            @NotNull @Nullable Grade quality) {}

    /** The grades by product, once the form is valid. */
    Map<UUID, AcceptanceRule.ProductGrades> productGrades() {
        Map<UUID, AcceptanceRule.ProductGrades> byProduct = new LinkedHashMap<>();
        if (grades != null) {
            grades.forEach((product, g) ->
                    byProduct.put(product, new AcceptanceRule.ProductGrades(g.quantity(), g.volume(), g.quality())));
        }
        return byProduct;
    }

    Grade report() {
        return java.util.Objects.requireNonNull(reportGrade);
    }

    String commentText() {
        return comment == null ? "" : comment;
    }
}
