package vn.doimoi.ecosystem.funds.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.ecosystem.funds.FundAccess;
import vn.doimoi.ecosystem.funds.FundAccounts;
import vn.doimoi.ecosystem.funds.FundFiles;
import vn.doimoi.ecosystem.funds.FundReports;
import vn.doimoi.ecosystem.funds.FundSuggestions;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * The enterprise's fund page: the balance by allocation year with the deadline warnings, the two forms
 * (an allocation, a spending with its evidence), what the market offers for the balance, and the
 * yearly reports. A refused form is shown again on the page with its error (400).
 */
@Controller
class MyFundController {

    static final String HOME = "/ecosystem/funds/my";

    private final Accounts users;
    private final FundAccess access;
    private final FundAccounts funds;
    private final FundReports reports;
    private final FundFiles files;
    private final FundSuggestions suggestions;

    MyFundController(
            Accounts users,
            FundAccess access,
            FundAccounts funds,
            FundReports reports,
            FundFiles files,
            FundSuggestions suggestions) {
        this.users = users;
        this.access = access;
        this.funds = funds;
        this.reports = reports;
        this.files = files;
        this.suggestions = suggestions;
    }

    @GetMapping(HOME)
    String page(Model model) {
        return page(
                model,
                AllocationForm.empty(funds.today()),
                FormErrors.none(),
                SpendingForm.empty(funds.today()),
                FormErrors.none());
    }

    @PostMapping(HOME + "/allocations")
    String allocate(
            @Valid @ModelAttribute("allocation") AllocationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actor();
        return FormSubmission.of(binding, MyFundController::allocationField)
                .run(
                        () -> {
                            funds.allocate(actor, form.allocation());
                            return PostRedirectGet.done(redirect, HOME, "funds.allocation.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return page(model, form, errors, SpendingForm.empty(funds.today()), FormErrors.none());
                        });
    }

    @PostMapping(HOME + "/spending")
    String spend(
            @Valid @ModelAttribute("spending") SpendingForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable MultipartFile evidence,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser actor = actor();
        return FormSubmission.of(binding, MyFundController::spendingField)
                .run(
                        () -> {
                            access.writer(actor);
                            if (evidence == null || evidence.isEmpty()) {
                                throw DomainException.invalid("funds.error.evidenceMissing");
                            }
                            String name = evidence.getOriginalFilename();
                            FundFiles.Evidence kept =
                                    files.keep(evidence.getInputStream(), evidence.getSize(), name == null ? "" : name);
                            funds.spend(actor, form.spending(), kept);
                            return PostRedirectGet.done(redirect, HOME, "funds.spending.saved");
                        },
                        errors -> {
                            response.setStatus(HttpStatus.BAD_REQUEST.value());
                            return page(model, AllocationForm.empty(funds.today()), FormErrors.none(), form, errors);
                        });
    }

    @PostMapping(HOME + "/reports")
    String fileReport(@RequestParam(required = false) @Nullable Integer year, RedirectAttributes redirect) {
        CurrentUser actor = actor();
        return PostRedirectGet.act(redirect, HOME, "funds.report.filed", () -> {
            if (year == null) {
                throw DomainException.invalid("funds.error.reportYear", "", "");
            }
            reports.file(actor, year);
        });
    }

    private String page(
            Model model,
            AllocationForm allocation,
            FormErrors allocationErrors,
            SpendingForm spending,
            FormErrors spendingErrors) {
        CurrentUser actor = actor();
        FundAccounts.MyFund fund = funds.mine(actor);
        model.addAttribute("fund", fund);
        model.addAttribute("reports", reports.mine(actor));
        model.addAttribute(
                "suggestions",
                fund.verified() && fund.ledger().balance().signum() > 0
                        ? suggestions.forFund(
                                fund.organisation(), fund.ruleToday().values())
                        : List.of());
        model.addAttribute("allocation", allocation);
        model.addAttribute("allocationErrors", allocationErrors);
        model.addAttribute("spending", spending);
        model.addAttribute("spendingErrors", spendingErrors);
        model.addAttribute("reportYears", reportYears(fund));
        return "ecosystem/funds/my";
    }

    /** The years a report may be filed for: from the first allocation to this year, the latest first. */
    private List<Integer> reportYears(FundAccounts.MyFund fund) {
        int last = funds.today().getYear();
        int first = fund.allocations().stream()
                .mapToInt(row -> row.allocatedOn().getYear())
                .min()
                .orElse(last);
        List<Integer> years = new java.util.ArrayList<>();
        for (int year = last; year >= first; year--) {
            years.add(year);
        }
        return years;
    }

    private CurrentUser actor() {
        return users.current().orElseThrow(() -> DomainException.signInNeeded("funds.error.memberOnly"));
    }

    static String allocationField(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.endsWith("aboveCap") || key.endsWith("amount")) {
            return "amount";
        }
        if (key.endsWith("taxYear") || key.endsWith("yearTaken")) {
            return "taxYear";
        }
        return key.endsWith("allocatedOn") ? "allocatedOn" : FormErrors.GLOBAL;
    }

    static String spendingField(DomainException refusal) {
        String key = refusal.messageKey();
        if (key.endsWith("aboveBalance") || key.endsWith("amount")) {
            return "amount";
        }
        if (key.endsWith("spentOn") || key.endsWith("description")) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        if (key.endsWith("use")) {
            return "useCode";
        }
        boolean evidence = key.endsWith("evidenceMissing") || key.endsWith("evidenceType") || key.startsWith("file.");
        return evidence ? "evidence" : FormErrors.GLOBAL;
    }

    /** An id from a path, for the pages that open one record. */
    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("funds.error.notFound");
        }
    }
}
