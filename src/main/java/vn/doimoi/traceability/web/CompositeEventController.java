package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.events.CompositeEvents;

/**
 * A worker records, on a phone, that lots were processed into another lot (transformation) or packed
 * onto a pallet (aggregation); {@code kind} in the path is {@code transformation} or {@code aggregation}.
 */
@Controller
class CompositeEventController {

    private static final List<String> KINDS = List.of("transformation", "aggregation");

    private final Members members;
    private final Lots lots;
    private final Locations locations;
    private final CompositeEvents events;
    private final Clock clock;

    CompositeEventController(Members members, Lots lots, Locations locations, CompositeEvents events, Clock clock) {
        this.members = members;
        this.lots = lots;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/traceability/transformations/new")
    String transformationForm(@RequestParam(required = false) @Nullable UUID lot, Model model) {
        return form("transformation", lot, model);
    }

    @GetMapping("/traceability/aggregations/new")
    String aggregationForm(@RequestParam(required = false) @Nullable UUID lot, Model model) {
        return form("aggregation", lot, model);
    }

    @PostMapping("/traceability/transformations/new")
    String transform(
            @ModelAttribute("form") CompositeEventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return record("transformation", form, binding, model, redirect, response);
    }

    @PostMapping("/traceability/aggregations/new")
    String aggregate(
            @ModelAttribute("form") CompositeEventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return record("aggregation", form, binding, model, redirect, response);
    }

    private String form(String kind, @Nullable UUID lot, Model model) {
        CurrentUser actor = members.actor();
        members.writer(actor);
        String now = StepTime.now(clock);
        return form(
                model,
                actor,
                kind,
                new CompositeEventForm(lot == null ? null : List.of(lot), null, null, null, now, null),
                FormErrors.none());
    }

    private String record(
            String kind,
            CompositeEventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        members.writer(actor);
        boolean transformation = kind.equals("transformation");
        Instant time = StepTime.parse(form.time());
        return FormSubmission.of(binding, CompositeEventController::field)
                .unless(form.lots() != null && !form.lots().isEmpty(), "lots", "traceability.composite.noLot")
                .unless(!transformation || form.output() != null, "output", "NotNull")
                .unless(time != null, "time", "traceability.error.time")
                .unless(form.locationId() != null, "locationId", "NotNull")
                .run(
                        () -> {
                            CompositeEvents.Common common = new CompositeEvents.Common(
                                    Objects.requireNonNull(form.lots()),
                                    Objects.requireNonNull(form.locationId()),
                                    Objects.requireNonNull(time),
                                    form.note());
                            UUID shown;
                            if (transformation) {
                                events.transform(actor, common, Objects.requireNonNull(form.output()));
                                shown = Objects.requireNonNull(form.output());
                            } else {
                                events.aggregate(actor, common, form.sscc());
                                shown = common.lotIds().get(0);
                            }
                            return PostRedirectGet.done(
                                    redirect, "/traceability/lots/" + shown, "traceability." + kind + ".recorded");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, actor, kind, form, errors);
                        });
    }

    private String form(Model model, CurrentUser actor, String kind, CompositeEventForm form, FormErrors errors) {
        UUID organisation = members.writer(actor);
        model.addAttribute("kind", KINDS.contains(kind) ? kind : KINDS.get(0));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "lots",
                lots.list(organisation).stream().filter(lot -> !lot.recalled()).toList());
        model.addAttribute("locations", locations.list(organisation));
        return "traceability/composite-event-form";
    }

    private static String field(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.contains("location")) {
            return "locationId";
        }
        if (key.contains("sscc")) {
            return "sscc";
        }
        if (key.contains("sameLot")) {
            return "output";
        }
        if (key.contains("noLot") || key.contains("notFound")) {
            return "lots";
        }
        return key.contains("eventInFuture") ? "time" : FormErrors.GLOBAL;
    }
}
