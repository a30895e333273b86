package vn.doimoi.ecosystem.startups;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doimoi.directory.Directory;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.Places;

/**
 * The public list of recognised startups and innovation organisations: each with its name and
 * commune as the directory has them today, filtered by kind, stage, field and commune.
 */
@Service
@Transactional(readOnly = true)
public class StartupCatalogue {

    private final StartupRegister register;
    private final Directory directory;
    private final Places places;

    StartupCatalogue(StartupRegister register, Directory directory, Places places) {
        this.register = register;
        this.directory = directory;
        this.places = places;
    }

    /** Every recognised profile, the latest recognition first. */
    public List<InnovatorCard> all() {
        return register.recognised().stream()
                .map(this::card)
                .filter(Objects::nonNull)
                .toList();
    }

    public List<InnovatorCard> list(CatalogueFilter filter) {
        return all().stream().filter(filter::keeps).toList();
    }

    /** One profile as a card (for its page), whatever its state: {@link StartupRegister#get} decided who sees it. */
    public InnovatorCard card(InnovatorProfile profile) {
        String name = directory
                .organisation(profile.organisationId())
                .map(o -> o.name())
                .orElse("");
        String commune = directory.communeCode(profile.organisationId()).orElse(null);
        String communeName = commune == null
                ? null
                : places.commune(commune).map(CommuneUnit::name).orElse(null);
        return new InnovatorCard(profile, name, communeName == null ? null : commune, communeName);
    }

    /** The communes the listed organisations are in, by name, for the filter. */
    public Map<String, String> communes(List<InnovatorCard> cards) {
        Map<String, String> byName = new TreeMap<>();
        cards.stream()
                .filter(card -> card.communeCode() != null && card.communeName() != null)
                .forEach(card -> byName.put(card.communeName(), card.communeCode()));
        return byName;
    }
}
