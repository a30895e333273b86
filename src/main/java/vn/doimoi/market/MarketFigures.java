package vn.doimoi.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketplace in figures, for its statistics page and export and for the programme's
 * indicators (task group 5, technology market): listings by kind and status, deals by stage,
 * and signed transfer contracts with their value by year of signing.
 */
@Service
@Transactional(readOnly = true)
public class MarketFigures {

    /** Signed contracts of one year: how many, and their total value in VND. */
    public record YearFigures(int year, long contracts, BigDecimal value) {}

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    MarketFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<ListingKind, Map<ListingStatus, Long>> listingsByKindAndStatus() {
        Map<ListingKind, Map<ListingStatus, Long>> counts = new EnumMap<>(ListingKind.class);
        for (ListingKind kind : ListingKind.values()) {
            Map<ListingStatus, Long> byStatus = new EnumMap<>(ListingStatus.class);
            for (ListingStatus status : ListingStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(kind, byStatus);
        }
        jdbc.sql("SELECT kind, status, count(*) AS n FROM market.listing GROUP BY kind, status")
                .query(rs -> {
                    counts.get(ListingKind.valueOf(rs.getString("kind")))
                            .put(ListingStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    public Map<DealStage, Long> dealsByStage() {
        Map<DealStage, Long> counts = new EnumMap<>(DealStage.class);
        for (DealStage stage : DealStage.values()) {
            counts.put(stage, 0L);
        }
        jdbc.sql("SELECT stage, count(*) AS n FROM market.deal GROUP BY stage").query(rs -> {
            counts.put(DealStage.valueOf(rs.getString("stage")), rs.getLong("n"));
        });
        return counts;
    }

    /** Signed (and registered) contracts per year of signing, oldest year first. */
    public List<YearFigures> contractsByYear() {
        return jdbc.sql("""
                        SELECT extract(YEAR FROM signed_on)::int AS year, count(*) AS n,
                               coalesce(sum(contract_value), 0) AS value
                        FROM market.deal WHERE signed_on IS NOT NULL AND stage IN ('SIGNED', 'REGISTERED')
                        GROUP BY 1 ORDER BY 1""")
                .query((rs, n) -> new YearFigures(rs.getInt("year"), rs.getLong("n"), rs.getBigDecimal("value")))
                .list();
    }

    /** Transfer contracts signed through the marketplace up to this instant (Vietnam calendar day). */
    public long contractsSignedBy(Instant instant) {
        LocalDate day = lastDay(instant);
        return jdbc.sql("""
                        SELECT count(*) FROM market.deal
                        WHERE signed_on <= ? AND stage IN ('SIGNED', 'REGISTERED')""").param(day).query(Long.class).single();
    }

    /** Their total value in VND. */
    public BigDecimal contractValueSignedBy(Instant instant) {
        LocalDate day = lastDay(instant);
        return jdbc.sql("""
                        SELECT coalesce(sum(contract_value), 0) FROM market.deal
                        WHERE signed_on <= ? AND stage IN ('SIGNED', 'REGISTERED')""").param(day).query(BigDecimal.class).single();
    }

    /** The Vietnam calendar day the instant closes: 00:00 on 1 January closes 31 December. */
    static LocalDate lastDay(Instant instant) {
        return instant.minusNanos(1).atZone(VIETNAM).toLocalDate();
    }
}
