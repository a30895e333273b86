package vn.doimoi.ecosystem.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The prize places alone: averages first, then the tie-break criteria in order, then STAFF. */
class PrizePlacesTests {

    static final List<String> RULE = List.of("IMPACT", "SCIENTIFIC_VALUE");

    @Test
    void noTieAtTheLastPlaceAwardsByAverage() {
        var a = contender("A", "90", 30, 30);
        var b = contender("B", "85", 30, 30);
        var c = contender("C", "80", 40, 40);
        var result = PrizePlaces.award(List.of(c, b, a), 2, RULE, Set.of());
        assertThat(result.winners()).containsExactly(a.id(), b.id());
        assertThat(result.tie()).isNull();
        assertThat(result.settled()).isTrue();
    }

    @Test
    void whenTheFirstCriterionIsEqualTheSecondDecides() {
        var a = contender("A", "90", 30, 30);
        var b = contender("B", "85", 35, 30);
        var c = contender("C", "85", 35, 32);
        var result = PrizePlaces.award(List.of(a, b, c), 2, RULE, Set.of());
        assertThat(result.winners()).containsExactly(a.id(), c.id());
        assertThat(result.tie()).isNotNull();
        assertThat(result.tie().criterion()).isEqualTo("SCIENTIFIC_VALUE");
        assertThat(result.tie().tied()).extracting(PrizePlaces.Contender::name).containsExactly("C", "B");
    }

    @Test
    void aGroupOfThreeForTwoPlacesKeepsTheBetterOneAndAsksStaffForTheOther() {
        var top = contender("Top", "85", 40, 30);
        var b = contender("B", "85", 35, 30);
        var c = contender("C", "85", 35, 30);
        var result = PrizePlaces.award(List.of(b, c, top), 2, RULE, Set.of());
        assertThat(result.settled()).isFalse();
        assertThat(result.winners()).containsExactly(top.id());
        assertThat(result.tie().undecided())
                .extracting(PrizePlaces.Contender::name)
                .containsExactly("B", "C");
        assertThat(result.tie().placesLeft()).isEqualTo(1);

        var chosen = PrizePlaces.award(List.of(b, c, top), 2, RULE, Set.of(c.id()));
        assertThat(chosen.settled()).isTrue();
        assertThat(chosen.winners()).containsExactly(top.id(), c.id());
        assertThat(chosen.tie().needsStaff()).isTrue();

        // choosing the one the criteria already placed, or both, settles nothing
        assertThat(PrizePlaces.award(List.of(b, c, top), 2, RULE, Set.of(top.id()))
                        .settled())
                .isFalse();
        assertThat(PrizePlaces.award(List.of(b, c, top), 2, RULE, Set.of(b.id(), c.id()))
                        .settled())
                .isFalse();
    }

    @Test
    void fewerContendersThanPrizesAreAllAwarded() {
        var a = contender("A", "72", 20, 20);
        assertThat(PrizePlaces.award(List.of(a), 3, RULE, Set.of()).winners()).containsExactly(a.id());
        assertThat(PrizePlaces.award(List.of(), 3, RULE, Set.of()).winners()).isEmpty();
    }

    private static PrizePlaces.Contender contender(String name, String average, int impact, int value) {
        return new PrizePlaces.Contender(
                UUID.randomUUID(),
                name,
                new BigDecimal(average),
                Map.of("IMPACT", BigDecimal.valueOf(impact), "SCIENTIFIC_VALUE", BigDecimal.valueOf(value)));
    }
}
