package vn.doimoi.projects.selection.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.projects.ApprovedProduct;
import vn.doimoi.projects.SelectionMethod;
import vn.doimoi.projects.TaskType;
import vn.doimoi.projects.councils.Councils;
import vn.doimoi.projects.selection.Approvals;
import vn.doimoi.projects.selection.CallData;
import vn.doimoi.projects.selection.CallDrafts;
import vn.doimoi.projects.selection.LineAdjustment;
import vn.doimoi.projects.selection.Selection;
import vn.doimoi.projects.selection.SelectionCouncil;
import vn.doimoi.projects.selection.Views.CallView;
import vn.doimoi.projects.support.web.Forms;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.PageOf;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.text.VietnameseFormats;
import vn.doimoi.shared.web.FormValues;

/** The Department's side: dashboard, calls and their dossiers, budget appraisal and approval, sanctions. */
@Controller
public class StaffController {

    static final int PAGE_SIZE = 50;

    public static final int PRODUCTS = 3;

    private final Selection selection;
    private final SelectionCouncil selectionCouncil;
    private final Councils councils;
    private final Approvals approvals;
    private final CallDrafts callDrafts;
    private final Directory directory;
    private final MessageSource messages;

    StaffController(
            Selection selection,
            SelectionCouncil selectionCouncil,
            Councils councils,
            Approvals approvals,
            CallDrafts callDrafts,
            Directory directory,
            MessageSource messages) {
        this.selection = selection;
        this.selectionCouncil = selectionCouncil;
        this.councils = councils;
        this.callDrafts = callDrafts;
        this.approvals = approvals;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/staff/tasks")
    String dashboard(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Integer size,
            Model model) {
        model.addAttribute("dashboard", selection.dashboard());
        model.addAttribute("calls", selection.allCalls());
        model.addAttribute("councils", selectionCouncil.councils());
        model.addAttribute("tasks", PageOf.slice(selection.allTasks(), Paging.of(page, size, PAGE_SIZE)));
        model.addAttribute("people", directory.people());
        return "projects/staff";
    }

    @GetMapping("/staff/tasks/calls/new")
    String newCall(Model model) {
        return callForm(model, new HashMap<>(Map.of("durationMonths", "24", "method", "COMPETITION")), null);
    }

    @PostMapping("/staff/tasks/calls/new")
    String createCall(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            UUID id = selection.createCall(callData(params));
            redirect.addFlashAttribute("notice", "call.created");
            return "redirect:/staff/tasks/calls/" + id;
        } catch (DomainException e) {
            return callForm(model, params, Forms.message(messages, e));
        }
    }

    /** STAFF completes a draft call (for instance one drafted from the approved ordered list). */
    @GetMapping("/staff/tasks/calls/{id}/edit")
    String editCall(@PathVariable UUID id, Model model) {
        CallView call = selection.call(id);
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(call.version()));
        form.put("title", call.title());
        form.put("type", call.type().name());
        form.put("method", call.method().name());
        form.put("objectives", call.objectives());
        form.put("eligibility", call.eligibility());
        form.put("requiredForms", call.requiredForms());
        form.put("fieldCodes", String.join(", ", call.fieldCodes()));
        form.put(
                "adopterOrganisationId",
                call.adopter() == null ? "" : call.adopter().id().toString());
        form.put("budgetCeiling", VietnameseFormats.number(call.budgetCeiling()));
        form.put("durationMonths", String.valueOf(call.durationMonths()));
        form.put("deadlineOn", call.deadlineOn().toString());
        form.put("orderDecision", call.orderDecision() == null ? "" : call.orderDecision());
        for (int i = 0; i < call.products().size() && i < PRODUCTS; i++) {
            ApprovedProduct product = call.products().get(i);
            form.put("productId" + i, product.productId().toString());
            form.put("productName" + i, product.name());
            form.put("productQuantity" + i, product.quantity());
            form.put(
                    "productSpecs" + i,
                    String.join(
                            "\n",
                            product.specs().stream()
                                    .map(spec -> spec.indicator() + " | " + spec.unit() + " | " + spec.requiredValue())
                                    .toList()));
        }
        model.addAttribute("action", "/staff/tasks/calls/" + id + "/edit");
        model.addAttribute("heading", "call.edit");
        return callForm(model, form, null);
    }

    @PostMapping("/staff/tasks/calls/{id}/edit")
    String updateCall(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            callDrafts.update(id, Forms.integer(params.get("version"), -1), callData(params));
            redirect.addFlashAttribute("notice", "call.edited");
            return "redirect:/staff/tasks/calls/" + id;
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            model.addAttribute("action", "/staff/tasks/calls/" + id + "/edit");
            model.addAttribute("heading", "call.edit");
            return callForm(model, params, Forms.message(messages, e));
        }
    }

    private static CallData callData(Map<String, String> params) {
        List<CallData.Product> products = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String name = Forms.text(params, "productName" + i);
            if (!name.isEmpty()) {
                products.add(new CallData.Product(
                        Forms.id(params.get("productId" + i)),
                        name,
                        Forms.text(params, "productQuantity" + i),
                        Forms.specs(params.get("productSpecs" + i))));
            }
        }
        String codes = Forms.text(params, "fieldCodes");
        return new CallData(
                Forms.text(params, "title"),
                FormValues.choice(TaskType.class, "type", params.get("type"), TaskType.RESEARCH_TOPIC),
                FormValues.choice(SelectionMethod.class, "method", params.get("method"), SelectionMethod.COMPETITION),
                Forms.text(params, "objectives"),
                Forms.text(params, "eligibility"),
                Forms.text(params, "requiredForms"),
                codes.isEmpty()
                        ? List.of()
                        : Arrays.stream(codes.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                Forms.id(params.get("adopterOrganisationId")),
                Forms.money(params.get("budgetCeiling"), "budgetCeiling"),
                Forms.integer(params.get("durationMonths"), 0),
                requireDate(params.get("deadlineOn")),
                Forms.text(params, "orderDecision"),
                products);
    }

    private static java.time.LocalDate requireDate(String text) {
        java.time.LocalDate date = Forms.date(text);
        if (date == null) {
            throw DomainException.invalid("call.error.deadlineRequired");
        }
        return date;
    }

    private String callForm(Model model, Map<String, String> form, String problem) {
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("products", PRODUCTS);
        return "projects/call-form";
    }

    @GetMapping("/staff/tasks/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        model.addAttribute("call", selection.call(id));
        model.addAttribute("dossiers", selection.dossiersOf(id));
        model.addAttribute("councilId", selectionCouncil.councilOfCall(id).orElse(null));
        return "projects/staff-call";
    }

    @PostMapping("/staff/tasks/calls/{id}/open")
    String open(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "call.opened", () -> selection.openCall(id, version));
    }

    @PostMapping("/staff/tasks/calls/{id}/close")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return act(id, redirect, "call.closed", () -> selection.closeCall(id, version));
    }

    @PostMapping("/staff/tasks/calls/{id}/open-dossiers")
    String openDossiers(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<UUID, String> invalid = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("invalid-") && !value.isBlank()) {
                invalid.put(FormValues.id(key, key.substring("invalid-".length())), value);
            }
        });
        return act(
                id,
                redirect,
                "call.dossiersOpened",
                () -> selection.openDossiers(
                        id, Forms.integer(params.get("version"), -1), Forms.text(params, "minutes"), invalid));
    }

    @PostMapping("/staff/tasks/calls/{id}/council")
    String council(
            @PathVariable UUID id, @RequestParam(required = false) String decisionNumber, RedirectAttributes redirect) {
        try {
            UUID council = selectionCouncil.createCouncil(id, decisionNumber);
            redirect.addFlashAttribute("notice", "council.created");
            return "redirect:/councils/" + council;
        } catch (DomainException e) {
            if (e.isNotFound()) {
                throw e;
            }
            Forms.problem(redirect, messages, e);
            return "redirect:/staff/tasks/calls/" + id;
        }
    }

    @GetMapping("/staff/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        model.addAttribute("task", selection.task(id));
        return "projects/staff-task";
    }

    /** The appraisal group's figures per budget line ("approvedState{n}", "approvedOther{n}", "reason{n}"). */
    @PostMapping("/staff/tasks/{id}/appraise")
    String appraise(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return Forms.act(redirect, messages, "approval.appraised", "/staff/tasks/" + id, () -> {
            long version = Forms.integer(params.get("version"), -1);
            List<LineAdjustment> lines = new ArrayList<>();
            for (int i = 0; params.containsKey("approvedState" + i); i++) {
                lines.add(new LineAdjustment(
                        i,
                        Forms.moneyOrZero(params.get("approvedState" + i), "approvedState"),
                        Forms.moneyOrZero(params.get("approvedOther" + i), "approvedOther"),
                        params.get("reason" + i)));
            }
            if (lines.isEmpty()) {
                approvals.appraise(
                        id, version, Forms.moneyOrZero(params.get("stateBudget"), "stateBudget"), params.get("note"));
            } else {
                approvals.appraiseLines(id, version, lines, params.get("note"));
            }
        });
    }

    @PostMapping("/staff/tasks/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return Forms.act(
                redirect,
                messages,
                "approval.approved",
                "/staff/tasks/" + id,
                () -> approvals.approve(
                        id,
                        Forms.integer(params.get("version"), -1),
                        Forms.text(params, "decisionNumber"),
                        Forms.date(params.get("decisionDate")),
                        Forms.text(params, "signer")));
    }

    @PostMapping("/staff/tasks/sanctions")
    String sanction(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        try {
            java.time.LocalDate until = Forms.date(params.get("validUntil"));
            UUID person = Forms.id(params.get("personId"));
            if (until == null || person == null) {
                throw DomainException.invalid("council.error.sanctionDescription");
            }
            councils.recordSanction(person, Forms.text(params, "description"), until);
            redirect.addFlashAttribute("notice", "council.sanctionRecorded");
        } catch (DomainException e) {
            Forms.problem(redirect, messages, e);
        }
        return "redirect:/staff/tasks";
    }

    private String act(UUID callId, RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.act(redirect, messages, notice, "/staff/tasks/calls/" + callId, action);
    }
}
