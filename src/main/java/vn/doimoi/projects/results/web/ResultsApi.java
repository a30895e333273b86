package vn.doimoi.projects.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.projects.OpenTasks.OpenCommercialisation;
import vn.doimoi.projects.execution.ExecutionViews.ResultView;
import vn.doimoi.projects.execution.ExecutionViews.UseView;
import vn.doimoi.projects.results.Commercialisations;
import vn.doimoi.projects.results.Commercialisations.CommercialisationView;
import vn.doimoi.projects.results.ResultViews;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PagedResponses;

/** Open data: registered results of state-funded tasks and their confirmed use, as JSON. */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Results", description = "Registered results of S&T tasks and their use")
class ResultsApi {

    private final ResultViews resultViews;
    private final Commercialisations commercialisations;

    ResultsApi(ResultViews resultViews, Commercialisations commercialisations) {
        this.resultViews = resultViews;
        this.commercialisations = commercialisations;
    }

    /** The protection title granted for the result (Law 93/2025 art. 73). */
    record ProtectionTitle(String kind, String number, LocalDate grantedOn) {}

    record Use(
            String adopter,
            String place,
            int year,
            String scale,
            String effect,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal savings) {}

    record Result(
            UUID id,
            String taskCode,
            String title,
            String summary,
            String authors,
            String keywords,
            List<String> fieldCodes,
            String hostOrganisation,
            @Nullable String certificateNumber,
            @Nullable LocalDate registeredOn,
            @Nullable String classification,
            List<Use> uses,
            @Nullable ProtectionTitle protectionTitle,
            List<OpenCommercialisation> commercialisations) {}

    @GetMapping
    @Operation(summary = "Registered results, the latest first, with their confirmed uses")
    ResponseEntity<List<Result>> results(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest request) {
        return PagedResponses.array(
                PageOf.slice(resultViews.registeredResults(), new Paging(page, size))
                        .map(this::of),
                request);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One registered result with its confirmed uses")
    Result result(@PathVariable UUID id) {
        return of(resultViews.registeredResultView(id));
    }

    private Result of(ResultView r) {
        Commercialisations.ResultSharing sharing = commercialisations.publicSharing(r.id());
        var title = sharing.protectionTitle();
        return new Result(
                r.id(),
                r.taskCode(),
                r.title(),
                r.summary(),
                r.authors(),
                r.keywords(),
                r.fieldCodes(),
                r.hostName(),
                r.certificateNumber(),
                r.registeredOn(),
                r.classification() == null ? null : r.classification().name(),
                r.uses().stream().map(ResultsApi::of).toList(),
                title == null ? null : new ProtectionTitle(title.kind().name(), title.number(), title.grantedOn()),
                sharing.commercialisations().stream()
                        .map(CommercialisationView::open)
                        .toList());
    }

    private static Use of(UseView u) {
        return new Use(u.adopterName(), u.place(), u.year(), u.scale(), u.effect(), u.revenue(), u.savings());
    }
}
