package vn.doimoi.ecosystem.startups.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.ecosystem.startups.CatalogueFilter;
import vn.doimoi.ecosystem.startups.FundingRange;
import vn.doimoi.ecosystem.startups.InnovatorCard;
import vn.doimoi.ecosystem.startups.InnovatorKind;
import vn.doimoi.ecosystem.startups.InnovatorProfile;
import vn.doimoi.ecosystem.startups.RecognitionState;
import vn.doimoi.ecosystem.startups.StartupCatalogue;
import vn.doimoi.ecosystem.startups.StartupRegister;
import vn.doimoi.ecosystem.startups.StartupStage;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.FormValues;

/**
 * Recognised startups and innovation organisations for machines (issue 21): the public list's
 * filters (kind, stage, field, commune) and paging, and one profile. The public facts only: a
 * profile not recognised answers 404 whoever asks, e-mail addresses are taken out of the team's
 * text, and nothing of the recognition file (criteria, notes, who decided) leaves doimoi. A filter
 * that names no kind, stage, field or commune is a 400 ProblemDetail in the reader's language.
 */
@RestController
@Tag(name = "Startups", description = "Recognised startups and innovation organisations (public facts only)")
class StartupApiController {

    private static final Pattern E_MAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

    private final StartupCatalogue catalogue;
    private final StartupRegister register;

    StartupApiController(StartupCatalogue catalogue, StartupRegister register) {
        this.catalogue = catalogue;
        this.register = register;
    }

    /** A funding round: its name, year, the range raised and the investor when named. */
    record RoundJson(
            String name,
            int year,
            FundingRange amount,
            @Nullable String investor) {}

    /** A recognised profile as the API shows it. */
    record StartupJson(
            UUID id,
            String name,
            InnovatorKind kind,
            @Nullable StartupStage stage,
            @Nullable Integer foundedYear,
            int teamSize,
            String team,
            String product,
            String productDescription,
            List<String> fieldCodes,
            List<RoundJson> fundingRounds,
            @Nullable String communeCode,
            @Nullable String communeName,
            @Nullable Instant recognisedAt,
            String url) {

        static StartupJson of(InnovatorCard card) {
            InnovatorProfile p = card.profile();
            return new StartupJson(
                    p.id(),
                    card.name(),
                    p.kind(),
                    p.stage(),
                    p.foundedYear(),
                    p.teamSize(),
                    E_MAIL.matcher(p.team()).replaceAll("…"),
                    p.product(),
                    p.productDescription(),
                    p.fieldCodes().stream().sorted().toList(),
                    p.fundingRounds().stream()
                            .map(r -> new RoundJson(r.name(), r.year(), r.amount(), r.investor()))
                            .toList(),
                    card.communeCode(),
                    card.communeName(),
                    p.recognisedAt(),
                    "/ecosystem/startups/" + p.id());
        }
    }

    /** A page of profiles, with the paging facts the other paged APIs carry. */
    record Page(List<StartupJson> items, int page, int size, long totalElements, int totalPages) {}

    @Operation(
            summary = "Recognised profiles, the latest recognition first, filtered as the public list",
            parameters = {
                @Parameter(name = "page", in = ParameterIn.QUERY, description = "The page, from 0"),
                @Parameter(name = "size", in = ParameterIn.QUERY, description = "Profiles per page, 1 to 100 (20)")
            })
    @GetMapping("/api/v1/startups")
    Page list(
            @Parameter(description = "STARTUP, INCUBATOR, INNOVATION_CENTRE, ... (an InnovatorKind)")
                    @RequestParam(required = false)
                    @Nullable
                    String kind,
            @Parameter(description = "A startup's stage (a StartupStage)") @RequestParam(required = false) @Nullable
                    String stage,
            @Parameter(description = "A field-of-S&T code; its sub-fields match too (e.g. 401)")
                    @RequestParam(required = false)
                    @Nullable
                    String field,
            @Parameter(description = "The commune's code") @RequestParam(required = false) @Nullable String commune,
            @Parameter(hidden = true) Paging paging) {
        CatalogueFilter filter = new CatalogueFilter(
                FormValues.choiceOrNull(InnovatorKind.class, "kind", kind),
                FormValues.choiceOrNull(StartupStage.class, "stage", stage),
                code(field, "\\d{1,7}", "field"),
                code(commune, "\\d{1,5}", "commune"));
        List<InnovatorCard> found = catalogue.list(filter);
        int from = (int) Math.min(found.size(), paging.offset());
        List<StartupJson> items = found.subList(from, Math.min(found.size(), from + paging.size())).stream()
                .map(StartupJson::of)
                .toList();
        PageOf<StartupJson> page = new PageOf<>(items, paging.page(), paging.size(), found.size());
        return new Page(items, page.page(), page.size(), page.totalElements(), page.totalPages());
    }

    @Operation(summary = "One recognised profile (404 for any other)")
    @GetMapping("/api/v1/startups/{id}")
    StartupJson one(@PathVariable UUID id) {
        InnovatorProfile profile = register.get(id);
        if (profile.state() != RecognitionState.RECOGNISED) {
            throw new NotFoundException("innovator", id);
        }
        return StartupJson.of(catalogue.card(profile));
    }

    private static @Nullable String code(@Nullable String text, String pattern, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches(pattern)) {
            throw DomainException.invalid("error.badParameter", parameter, FormValues.shown(text.strip()));
        }
        return text.strip();
    }
}
