package vn.doimoi.market.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doimoi.directory.Directory;
import vn.doimoi.directory.FieldCode;
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketProperties;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.web.FormErrors;
import vn.doimoi.shared.web.FormSubmission;
import vn.doimoi.shared.web.PostRedirectGet;

/**
 * A member's own listings and deals; the guided demand form (five steps, each a page of its own
 * that also works without JavaScript); the offer and service form.
 */
@Controller
class MyMarketController {

    static final int LAST_STEP = 5;

    private final Listings listings;
    private final Deals deals;
    private final Accounts accounts;
    private final Directory directory;
    private final MarketProperties properties;

    MyMarketController(
            Listings listings, Deals deals, Accounts accounts, Directory directory, MarketProperties properties) {
        this.listings = listings;
        this.deals = deals;
        this.accounts = accounts;
        this.directory = directory;
        this.properties = properties;
    }

    @GetMapping("/market/my")
    String mine(Model model) {
        CurrentUser actor = actor();
        model.addAttribute("listings", listings.mine(actor));
        model.addAttribute("deals", deals.dealsFor(actor));
        return "market/my";
    }

    // ---- the guided demand form

    @GetMapping("/market/demands/new")
    String newDemand(Model model) {
        actor();
        return demandStep(model, 1, ListingForm.empty(defaultValidUntil()), FormErrors.none());
    }

    @PostMapping("/market/demands/new")
    String demandStep(
            @ModelAttribute ListingForm form,
            @RequestParam(defaultValue = "1") int step,
            @RequestParam(defaultValue = "next") String action,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser actor = actor();
        int current = Math.max(1, Math.min(LAST_STEP, step));
        if (action.equals("back")) {
            return demandStep(model, Math.max(1, current - 1), form, FormErrors.none());
        }
        FormErrors errors = form.check(ListingKind.DEMAND, current);
        if (!errors.isEmpty()) {
            return demandStep(model, current, form, errors);
        }
        if (current < LAST_STEP) {
            return demandStep(model, current + 1, form, FormErrors.none());
        }
        for (int each = 1; each <= LAST_STEP; each++) {
            FormErrors earlier = form.check(ListingKind.DEMAND, each);
            if (!earlier.isEmpty()) {
                return demandStep(model, each, form, earlier);
            }
        }
        try {
            UUID id = listings.create(actor, ListingKind.DEMAND, form.toContent(ListingKind.DEMAND));
            if (action.equals("submit")) {
                listings.submit(actor, id);
                return PostRedirectGet.done(redirect, "/market/my", "market.listing.submitted");
            }
            return PostRedirectGet.done(redirect, "/market/my", "market.listing.saved");
        } catch (DomainException e) {
            return demandStep(
                    model, current, form, FormErrors.none().with(FormErrors.GLOBAL, e.messageKey(), e.arguments()));
        }
    }

    private String demandStep(Model model, int step, ListingForm form, FormErrors errors) {
        model.addAttribute("step", step);
        model.addAttribute("lastStep", LAST_STEP);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldCodes", sectors());
        model.addAttribute("hidden", ListingForm.hiddenFieldsExcept(visibleOn(step)));
        return "market/demand-form";
    }

    static Set<String> visibleOn(int step) {
        return switch (step) {
            case 1 -> Set.of("title", "problem");
            case 2 -> Set.of("currentSolution");
            case 3 -> Set.of("requirements", "fieldCode", "fieldCodeDetail", "trl");
            case 4 -> Set.of("priceMin", "priceMax", "timeFrame", "validUntil", "region");
            default -> Set.of("summary");
        };
    }

    // ---- offers and services, and editing any own listing

    @GetMapping("/market/my/listings/new")
    String newListing(@RequestParam(defaultValue = "OFFER") String kind, Model model) {
        actor();
        ListingKind chosen = MarketController.parseKind(kind);
        if (chosen == null || chosen == ListingKind.DEMAND) {
            return "redirect:/market/demands/new";
        }
        return listingForm(model, chosen, null, ListingForm.empty(defaultValidUntil()), FormErrors.none());
    }

    @PostMapping("/market/my/listings/new")
    String create(
            @RequestParam(defaultValue = "OFFER") String kind,
            @ModelAttribute ListingForm form,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser actor = actor();
        ListingKind parsed = MarketController.parseKind(kind);
        ListingKind chosen = parsed == null ? ListingKind.OFFER : parsed;
        return FormSubmission.of(form.check(chosen, 0), FormErrors.GLOBAL)
                .run(
                        () -> {
                            UUID id = listings.create(actor, chosen, form.toContent(chosen));
                            return PostRedirectGet.done(redirect, "/market/listings/" + id, "market.listing.saved");
                        },
                        errors -> listingForm(model, chosen, null, form, errors));
    }

    @GetMapping("/market/my/listings/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        ListingView listing = ownListing(actor(), id);
        return listingForm(model, listing.kind(), listing, ListingForm.of(listing), FormErrors.none());
    }

    @PostMapping("/market/my/listings/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute ListingForm form, Model model, RedirectAttributes redirect) {
        CurrentUser actor = actor();
        ListingView listing = ownListing(actor, id);
        return FormSubmission.of(form.check(listing.kind(), 0), FormErrors.GLOBAL)
                .run(
                        () -> {
                            boolean toReview =
                                    listings.update(actor, id, form.version(), form.toContent(listing.kind()));
                            return PostRedirectGet.done(
                                    redirect,
                                    "/market/listings/" + id,
                                    toReview ? "market.listing.savedToReview" : "market.listing.saved");
                        },
                        errors -> listingForm(model, listing.kind(), listing, form, errors));
    }

    /** Another organisation's listing is not there for this form (404), published or not. */
    private ListingView ownListing(CurrentUser actor, UUID id) {
        ListingView listing = listings.view(id, actor);
        if (!listing.mine()) {
            throw new NotFoundException("listing", id);
        }
        return listing;
    }

    private String listingForm(
            Model model, ListingKind kind, @Nullable ListingView listing, ListingForm form, FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("listing", listing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldCodes", sectors());
        return "market/listing-form";
    }

    @PostMapping("/market/my/listings/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.listing.submitted", () -> listings.submit(actor(), id));
    }

    @PostMapping("/market/my/listings/{id}/reconfirm")
    String reconfirm(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.listing.reconfirmed", () -> listings.reconfirm(actor(), id));
    }

    @PostMapping("/market/my/listings/{id}/archive")
    String archive(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, "market.listing.archived", () -> listings.archive(actor(), id));
    }

    private String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
        return PostRedirectGet.act(redirect, "/market/my", notice, action);
    }

    private List<FieldCode> sectors() {
        return Sectors.of(directory);
    }

    private java.time.LocalDate defaultValidUntil() {
        return listings.today().plusDays(properties.validityDays());
    }

    private CurrentUser actor() {
        return accounts.current().orElseThrow();
    }
}
