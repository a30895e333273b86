package vn.doimoi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doimoi.TestUsers;
import vn.doimoi.identity.CurrentUser;
import vn.doimoi.identity.Role;
import vn.doimoi.market.CooperationMode;
import vn.doimoi.market.ListingKind;
import vn.doimoi.market.ListingView;
import vn.doimoi.market.Match;
import vn.doimoi.market.listing.ListingContent;
import vn.doimoi.market.listing.Listings;
import vn.doimoi.market.matching.Matching;

/**
 * Matching quality and speed. Quality: the gold set in bench/market-gold (45 Vietnamese demands,
 * 420 offers, graded judgements; see generate.py for the grading rules) goes in through the
 * marketplace's own services; nDCG@10 of doimoi's matching is compared with plain search relevance
 * (the same Hibernate Search candidates ordered by text score alone, no re-ranking, no floor) in
 * the same run. Speed: 50,000 offers (the gold offers varied), top-10 for each demand, p50/p95.
 */
@SpringBootTest
@ActiveProfiles("test")
class MarketMatchingBenchmark {

    private static final Path GOLD = Path.of("bench/market-gold");
    private static final int SPEED_OFFERS = Integer.getInteger("bench.offers", 50_000);

    @Autowired
    Listings listings;

    @Autowired
    Matching matching;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void measure() throws Exception {
        List<Map<String, String>> offers = read("offers.tsv");
        List<Map<String, String>> demands = read("demands.tsv");
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        for (Map<String, String> row : read("qrels.tsv")) {
            grades.computeIfAbsent(row.get("demand"), k -> new HashMap<>())
                    .put(row.get("offer"), Integer.parseInt(row.get("grade")));
        }
        CurrentUser supplier = member();
        CurrentUser enterprise = member();
        CurrentUser staff = staff();
        Map<UUID, String> offerIds = new HashMap<>();
        for (Map<String, String> offer : offers) {
            offerIds.put(publish(supplier, staff, ListingKind.OFFER, offer), offer.get("id"));
        }
        Map<String, UUID> demandIds = new LinkedHashMap<>();
        for (Map<String, String> demand : demands) {
            demandIds.put(demand.get("id"), publish(enterprise, staff, ListingKind.DEMAND, demand));
        }

        double matchingNdcg = 0;
        double plainNdcg = 0;
        int emptyMatching = 0;
        for (var demand : demandIds.entrySet()) {
            ListingView subject = listings.internal(demand.getValue());
            Map<String, Integer> judged = grades.getOrDefault(demand.getKey(), Map.of());
            List<String> reranked = ids(matching.matchesFor(subject, 10, true).results(), offerIds);
            List<String> plain = ids(matching.matchesFor(subject, 10, false).results(), offerIds);
            matchingNdcg += ndcg(reranked, judged);
            plainNdcg += ndcg(plain, judged);
            if (reranked.isEmpty()) {
                emptyMatching++;
            }
        }
        matchingNdcg /= demandIds.size();
        plainNdcg /= demandIds.size();

        // speed: bulk-load varied copies of the gold offers, index them, time top-10 per demand
        long loadStart = System.nanoTime();
        bulkLoad(offers, SPEED_OFFERS - offers.size(), supplier.organisationId());
        Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Object.class, "Listing")
                .massIndexer()
                .mergeSegmentsOnFinish(true)
                .threadsToLoadObjects(2)
                .startAndWait();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<ListingView> subjects =
                demandIds.values().stream().map(listings::internal).toList();
        for (int warm = 0; warm < 3; warm++) {
            subjects.forEach(s -> transactions.executeWithoutResult(t -> matching.matchesFor(s, 10, true)));
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (ListingView subject : subjects) {
                long start = System.nanoTime();
                transactions.executeWithoutResult(t -> matching.matchesFor(subject, 10, true));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        millis.sort(Double::compare);
        double p50 = millis.get(millis.size() / 2);
        double p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
        // baseline, same run: the straightforward Hibernate Search query (the subject's text against
        // title and summary, the filters as clauses), top 50 candidates, no re-ranking
        for (ListingView subject : subjects) {
            transactions.executeWithoutResult(t -> straightforward(subject));
        }
        List<Double> baseline = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (ListingView subject : subjects) {
                long start = System.nanoTime();
                transactions.executeWithoutResult(t -> straightforward(subject));
                baseline.add((System.nanoTime() - start) / 1e6);
            }
        }
        baseline.sort(Double::compare);
        double baseP50 = baseline.get(baseline.size() / 2);
        double baseP95 = baseline.get((int) Math.ceil(baseline.size() * 0.95) - 1);

        String section = String.format(
                Locale.ROOT,
                """
                ## Marketplace matching (`bench/search-quality.sh MarketMatchingBenchmark`)

                Gold set `bench/market-gold/` (generated from templates by `generate.py`, grades by fixed rules:
                3 same problem and usable, 2 same problem but another mode or over budget, 1 the same problem
                below the required TRL or a neighbouring problem, 0 otherwise): %d demands, %d offers, %d judgements.

                | Ranking | nDCG@10 |
                |---|---|
                | doimoi matching (text + field code + TRL + mode + budget + freshness, floor %.2f) | %.3f |
                | plain search relevance (same candidates, text score only, no floor) | %.3f |
                | ratio | %.2f× |

                Demands for which matching showed nothing (floor): %d of %d.
                The grading rules use the same facts the re-ranker reads (field, TRL, mode, budget), so the gain is
                an upper bound of what real, broker-graded judgements would show; text relevance alone cannot see
                TRL or budget at all.

                Speed: top-10 for a demand among %,d live offers (loaded and indexed in %.0f s), %d queries after
                warm-up, each in its own read transaction: p50 %.1f ms, **p95 %.1f ms** (goal ≤ 50 ms).

                Baseline in the same run: one straightforward Hibernate Search query per demand (its text
                matched against title and summary, kind and TRL as filter clauses, best 50, no re-ranking):
                p50 %.1f ms, p95 %.1f ms. doimoi's p95 is **%.2f×** the baseline's (lower is faster).
                """,
                demandIds.size(),
                offers.size(),
                grades.values().stream().mapToInt(Map::size).sum(),
                0.3,
                matchingNdcg,
                plainNdcg,
                plainNdcg == 0 ? 0 : matchingNdcg / plainNdcg,
                emptyMatching,
                demandIds.size(),
                SPEED_OFFERS,
                loadSeconds,
                millis.size(),
                p50,
                p95,
                baseP50,
                baseP95,
                p95 / baseP95);
        System.out.println(section);
        BenchmarkReport.write("market-matching", section);
        assertThat(matchingNdcg).isGreaterThan(0);
    }

    private static List<String> ids(List<Match> results, Map<UUID, String> offerIds) {
        return results.stream()
                .map(m -> offerIds.getOrDefault(m.listingId(), "?"))
                .toList();
    }

    static double ndcg(List<String> ranked, Map<String, Integer> judged) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            int grade = judged.getOrDefault(ranked.get(i), 0);
            dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        List<Integer> ideal =
                judged.values().stream().sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private UUID publish(CurrentUser owner, CurrentUser staff, ListingKind kind, Map<String, String> row) {
        UUID id = listings.create(owner, kind, content(row, kind));
        listings.submit(owner, id);
        listings.publish(staff, id);
        return id;
    }

    private ListingContent content(Map<String, String> row, ListingKind kind) {
        return new ListingContent(
                row.get("title"),
                row.get("summary"),
                row.get("problem"),
                kind == ListingKind.OFFER ? row.get("details") : null,
                null,
                kind == ListingKind.DEMAND ? row.get("details") : row.get("details"),
                null,
                Integer.valueOf(row.get("trl")),
                null,
                null,
                new BigDecimal(row.get("price_min")),
                new BigDecimal(row.get("price_max")),
                "Tây Ninh",
                listings.today().plusDays(120),
                false,
                Set.of(row.get("code")),
                Arrays.stream(row.get("modes").split(","))
                        .map(CooperationMode::valueOf)
                        .collect(Collectors.toSet()));
    }

    /** Varied copies of the gold offers straight into the tables (the index is rebuilt after). */
    private void bulkLoad(List<Map<String, String>> offers, int count, UUID owner) {
        Random random = new Random(54);
        String[] suffixes = {"thế hệ mới", "cải tiến", "quy mô vừa", "cho hợp tác xã", "bản 2", "tiết kiệm năng lượng"};
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> listingRows = new ArrayList<>();
        List<Object[]> fieldRows = new ArrayList<>();
        List<Object[]> modeRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> base = offers.get(random.nextInt(offers.size()));
            UUID id = UUID.randomUUID();
            listingRows.add(new Object[] {
                id,
                base.get("title") + " " + suffixes[random.nextInt(suffixes.length)],
                base.get("summary"),
                base.get("problem"),
                base.get("details"),
                1 + random.nextInt(9),
                new BigDecimal(base.get("price_min")),
                new BigDecimal(base.get("price_max")),
                java.sql.Date.valueOf(listings.today().plusDays(120)),
                now,
                now,
                owner
            });
            fieldRows.add(new Object[] {id, base.get("code")});
            modeRows.add(new Object[] {id, base.get("modes").split(",")[0]});
            if (listingRows.size() == 2000 || i == count - 1) {
                flush(listingRows, fieldRows, modeRows);
            }
        }
    }

    private void flush(List<Object[]> listingRows, List<Object[]> fieldRows, List<Object[]> modeRows) {
        transactions.executeWithoutResult(t -> {
            var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
            template.batchUpdate(
                    """
                    INSERT INTO market.listing (id, kind, status, title, summary, problem, advantages, trl, price_min, price_max,
                        valid_until, confirmed_at, published_at, owner_org_id, created_at, updated_at)
                    VALUES (?, 'OFFER', 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())""",
                    listingRows);
            template.batchUpdate("INSERT INTO market.listing_field (listing_id, code) VALUES (?, ?)", fieldRows);
            template.batchUpdate("INSERT INTO market.listing_mode (listing_id, mode) VALUES (?, ?)", modeRows);
        });
        listingRows.clear();
        fieldRows.clear();
        modeRows.clear();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    /** The baseline: what a first implementation would ask Hibernate Search, the filters as clauses. */
    private void straightforward(ListingView subject) {
        StringBuilder words = new StringBuilder(subject.title());
        for (String part : new String[] {subject.summary(), subject.problem(), subject.requirements()}) {
            if (part != null) {
                words.append(' ').append(part);
            }
        }
        String text = words.toString().replaceAll("[\\p{Punct}&&[^-/]]", " ");
        Search.session(entityManager)
                .search(Search.session(entityManager).scope(Object.class, List.of("Listing")))
                .where(f -> f.bool().with(bool -> {
                    bool.must(f.match().field("title").boost(1.5f).field("summary").matching(text));
                    bool.filter(f.terms().field("kind").matchingAny(List.of(ListingKind.OFFER, ListingKind.SERVICE)));
                    bool.mustNot(f.id().matching(subject.id()));
                    if (subject.trl() != null) {
                        bool.filter(f.or(
                                f.match().field("kind").matching(ListingKind.SERVICE),
                                f.range().field("trl").atLeast(subject.trl())));
                    }
                }))
                .totalHitCountThreshold(50)
                .fetchHits(50);
    }

    private CurrentUser member() {
        UUID organisation = testUsers.organisation();
        String username = testUsers.create(Role.ORG_MEMBER, organisation);
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.ORG_MEMBER), organisation);
    }

    private CurrentUser staff() {
        String username = testUsers.create(Role.STAFF);
        return new CurrentUser(testUsers.id(username), username, EnumSet.of(Role.STAFF), null);
    }

    private static List<Map<String, String>> read(String name) throws IOException {
        List<String> lines = Files.readAllLines(GOLD.resolve(name), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
