package vn.doimoi.portal.banner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.portal.BannerPosition;
import vn.doimoi.portal.BannerSummary;
import vn.doimoi.shared.DomainException;
import vn.doimoi.shared.NotFoundException;
import vn.doimoi.shared.audit.AuditLog;
import vn.doimoi.shared.text.VietnameseText;
import vn.doimoi.shared.web.SafeLinks;

/** Banners in their slots; every change is audited. */
@Service
@Transactional
public class Banners {

    static final String ENTITY = "portal.banner";

    private final BannerRepository banners;
    private final AuditLog audit;
    private final Clock clock;

    Banners(BannerRepository banners, AuditLog audit, Clock clock) {
        this.banners = banners;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID create(
            String rawTitle,
            String imageUrl,
            @Nullable String rawLink,
            BannerPosition position,
            LocalDate activeFrom,
            @Nullable LocalDate activeUntil) {
        String title = VietnameseText.clean(rawTitle);
        if (title == null || title.isEmpty()) {
            throw DomainException.invalid("banner.error.titleRequired");
        }
        String link = VietnameseText.clean(rawLink);
        // "//evil.test" and "/\evil.test" start with "/" yet lead to another host (ADR 0034)
        if (link != null && !link.isEmpty() && !SafeLinks.isSafe(link)) {
            throw DomainException.invalid("banner.error.link");
        }
        if (activeFrom == null || position == null) {
            throw DomainException.invalid("banner.error.period");
        }
        if (activeUntil != null && activeUntil.isBefore(activeFrom)) {
            throw DomainException.invalid("banner.error.period");
        }
        Banner banner = new Banner(
                UUID.randomUUID(),
                title,
                imageUrl,
                link == null || link.isEmpty() ? null : link,
                position,
                activeFrom,
                activeUntil,
                clock.instant());
        banners.save(banner);
        audit.record("banner.created", ENTITY, banner.id().toString(), null, banner.auditState());
        return banner.id();
    }

    public void delete(UUID id) {
        Banner banner = banners.findById(id).orElseThrow(() -> new NotFoundException("banner", id));
        banners.delete(banner);
        audit.record("banner.deleted", ENTITY, id.toString(), banner.auditState(), null);
    }

    @Transactional(readOnly = true)
    public List<BannerSummary> all() {
        return banners.findAllByOrderByPositionAscActiveFromDesc().stream()
                .map(Banner::toSummary)
                .toList();
    }

    /** The banners of a slot shown today. */
    @Transactional(readOnly = true)
    public List<BannerSummary> active(BannerPosition position) {
        LocalDate today = LocalDate.now(clock);
        return banners.findAllByOrderByPositionAscActiveFromDesc().stream()
                .filter(b -> b.toSummary().position() == position && b.activeOn(today))
                .map(Banner::toSummary)
                .toList();
    }
}
