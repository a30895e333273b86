package vn.doimoi.traceability.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;
import vn.doimoi.traceability.FieldEvent;
import vn.doimoi.traceability.Step;
import vn.doimoi.traceability.catalogue.Locations;
import vn.doimoi.traceability.catalogue.LotRow;
import vn.doimoi.traceability.catalogue.Lots;
import vn.doimoi.traceability.events.EventRecorder;

/** A worker records a step of a lot on a phone: one short form per step, the time filled in. */
@Controller
class EventController {

    private final Members members;
    private final Lots lots;
    private final Locations locations;
    private final EventRecorder events;
    private final Clock clock;

    EventController(Members members, Lots lots, Locations locations, EventRecorder events, Clock clock) {
        this.members = members;
        this.lots = lots;
        this.locations = locations;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/traceability/lots/{id}/events/new")
    String form(@PathVariable UUID id, @RequestParam(required = false) @Nullable Step step, Model model) {
        LotRow lot = lots.read(members.actor(), id);
        String now = StepTime.now(clock);
        EventForm form = new EventForm(step == null ? Step.HARVEST : step, now, null, null, null, null);
        return form(model, lot, form, FormErrors.none());
    }

    @PostMapping("/traceability/lots/{id}/events/new")
    String record(
            @PathVariable UUID id,
            @ModelAttribute("form") EventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = members.actor();
        LotRow lot = lots.read(actor, id);
        Instant time = StepTime.parse(form.time());
        return FormSubmission.of(binding, refusal -> field(refusal))
                .unless(form.step() != null, "step", "NotNull")
                .unless(time != null, "time", "traceability.error.time")
                .unless(form.locationId() != null, "locationId", "NotNull")
                .run(
                        () -> {
                            events.record(
                                    actor,
                                    id,
                                    new FieldEvent(
                                            java.util.Objects.requireNonNull(form.step()),
                                            java.util.Objects.requireNonNull(time),
                                            java.util.Objects.requireNonNull(form.locationId()),
                                            form.quantity(),
                                            form.partner(),
                                            form.note()));
                            return PostRedirectGet.done(
                                    redirect, "/traceability/lots/" + id, "traceability.event.recorded");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return form(model, lot, form, errors);
                        });
    }

    private String form(Model model, LotRow lot, EventForm form, FormErrors errors) {
        model.addAttribute("lot", lot);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", Step.values());
        model.addAttribute("locations", locations.list(lot.organisationId()));
        return "traceability/event-form";
    }

    private static String field(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.contains("location")) {
            return "locationId";
        }
        if (key.contains("quantity")) {
            return "quantity";
        }
        return key.contains("eventInFuture") ? "time" : FormErrors.GLOBAL;
    }
}
