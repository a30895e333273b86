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
import vn.doimoi.identity.Accounts;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.Matches;
import vn.doimoi.market.OrganisationCandidate;
import vn.doimoi.market.OrganisationCandidates;
import vn.doimoi.market.deal.Deals;
import vn.doimoi.market.listing.ListingAttachments;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.listing.MarketSearch;
import vn.doimoi.market.matching.Matching;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.Paging;
import vn.doimoi.shared.web.PostRedirectGet;

/** The public marketplace: live listings, one listing, its matches; expressing interest. */
@Controller
class MarketController {

    static final int PAGE_SIZE = 20;

    private final Listings listings;
    private final Matching matching;
    private final Deals deals;
    private final Accounts accounts;
    private final Directory directory;
    private final ListingAttachments attachments;
    private final MarketSearch search;
    private final List<OrganisationCandidates> organisationCandidates;

    MarketController(
            Listings listings,
            Matching matching,
            Deals deals,
            Accounts accounts,
            Directory directory,
            ListingAttachments attachments,
            MarketSearch search,
            List<OrganisationCandidates> organisationCandidates) {
        this.organisationCandidates = organisationCandidates;
        this.listings = listings;
        this.search = search;
        this.attachments = attachments;
        this.matching = matching;
        this.deals = deals;
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping("/market")
    String list(
            @ModelAttribute("filters") MarketFilterForm filters,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        MarketFilterForm.Parsed parsed = filters.parse();
        Paging paging = new Paging(page, PAGE_SIZE);
        MarketSearch.Found found = search.find(parsed.filter(), paging);
        model.addAttribute("listings", found.listings());
        model.addAttribute("kind", parsed.filter().kind());
        model.addAttribute("ignored", parsed.ignored());
        model.addAttribute("sectors", Sectors.of(directory));
        model.addAttribute("provinces", search.provinces());
        model.addAttribute("page", paging.page());
        model.addAttribute("total", found.total());
        model.addAttribute("pageSize", PAGE_SIZE);
        return "market/list";
    }

    @GetMapping("/market/listings/{id}")
    String listing(@PathVariable UUID id, @RequestParam(required = false) UUID from, Model model) {
        CurrentUser actor = accounts.current().orElse(null);
        ListingView listing = listings.view(id, actor);
        model.addAttribute("listing", listing);
        model.addAttribute("from", from);
        model.addAttribute("fieldName", fieldName(listing));
        model.addAttribute("canExpressInterest", canExpressInterest(actor, listing));
        model.addAttribute("attachments", attachments.of(listing));
        return "market/listing";
    }

    @GetMapping("/market/listings/{id}/matches")
    String matches(@PathVariable UUID id, Model model) {
        CurrentUser actor = accounts.current().orElse(null);
        ListingView listing = listings.view(id, actor);
        Matches matches = listing.status().isLive() ? matching.matchesFor(id, 10) : new Matches(List.of(), 0, 0);
        model.addAttribute("listing", listing);
        model.addAttribute("matches", matches);
        model.addAttribute("organisations", organisationsFor(listing));
        return "market/matches";
    }

    @PostMapping("/market/listings/{id}/interest")
    String interest(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID from,
            @RequestParam(defaultValue = "") String message,
            RedirectAttributes redirect) {
        CurrentUser actor = accounts.current().orElseThrow();
        try {
            UUID deal = deals.expressInterest(actor, id, from, message);
            return PostRedirectGet.done(redirect, "/market/deals/" + deal, "market.deal.interestSent");
        } catch (DomainException e) {
            if (e.isNotFound() || e.kind() == DomainException.Kind.FORBIDDEN) {
                throw e;
            }
            PostRedirectGet.problem(redirect, e);
            return PostRedirectGet.redirect("/market/listings/" + id + (from == null ? "" : "?from=" + from));
        }
    }

    private static boolean canExpressInterest(@Nullable CurrentUser actor, ListingView listing) {
        return actor != null
                && actor.has(Role.ORG_MEMBER)
                && actor.organisationId() != null
                && !listing.mine()
                && listing.status().isLive();
    }

    private String fieldName(ListingView listing) {
        return listing.fieldCodes().stream()
                .map(code -> code.length() > 3 ? code.substring(0, 3) : code)
                .map(code ->
                        directory.fieldCode(code).map(each -> each.nameVi()).orElse(""))
                .findFirst()
                .orElse("");
    }

    static @Nullable ListingKind parseKind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (ListingKind each : ListingKind.values()) {
            if (each.name().equalsIgnoreCase(kind)) {
                return each;
            }
        }
        return null;
    }

    /** For a live demand: organisations (startups, innovation organisations) working in its fields. */
    private List<OrganisationCandidate> organisationsFor(ListingView listing) {
        if (listing.kind() != ListingKind.DEMAND || !listing.status().isLive()) {
            return List.of();
        }
        Set<String> fields = Set.copyOf(listing.fieldCodes());
        return organisationCandidates.stream()
                .flatMap(source -> source.forFields(fields, 5).stream())
                .toList();
    }
}
