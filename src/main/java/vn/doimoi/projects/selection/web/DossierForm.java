package vn.doimoi.projects.selection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.doimoi.projects.DossierData;
import vn.doimoi.shared.Money;

/**
 * The application and description as the applicant posts it. Budget lines bind by index
 * ({@code items[0].name}, {@code items[0].state}, {@code items[0].other}), so a dossier has as
 * many lines as it needs; money is read by the site's one money formatter (ADR 0038).
 */
public class DossierForm {

    private long version = -1;
    private @Nullable UUID principalInvestigatorId;
    private List<UUID> keyMemberIds = new ArrayList<>();
    private List<UUID> partnerOrganisationIds = new ArrayList<>();
    private String objectives = "";
    private String content = "";
    private String methods = "";
    private String schedule = "";
    private @Nullable Integer durationMonths;
    private List<Item> items = new ArrayList<>();

    DossierData data() {
        List<DossierData.Line> budget = new ArrayList<>();
        for (Item line : items) {
            if (line != null && !line.getName().isBlank()) {
                budget.add(
                        new DossierData.Line(line.getName().strip(), amount(line.getState()), amount(line.getOther())));
            }
        }
        return new DossierData(
                principalInvestigatorId,
                keyMemberIds,
                partnerOrganisationIds,
                objectives.strip(),
                content.strip(),
                methods.strip(),
                schedule.strip(),
                durationMonths == null ? 12 : durationMonths,
                budget);
    }

    private static BigDecimal amount(@Nullable Money money) {
        return money == null ? BigDecimal.ZERO : money.amount();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable UUID getPrincipalInvestigatorId() {
        return principalInvestigatorId;
    }

    public void setPrincipalInvestigatorId(@Nullable UUID principalInvestigatorId) {
        this.principalInvestigatorId = principalInvestigatorId;
    }

    public List<UUID> getKeyMemberIds() {
        return keyMemberIds;
    }

    public void setKeyMemberIds(List<UUID> keyMemberIds) {
        this.keyMemberIds = keyMemberIds;
    }

    public List<UUID> getPartnerOrganisationIds() {
        return partnerOrganisationIds;
    }

    public void setPartnerOrganisationIds(List<UUID> partnerOrganisationIds) {
        this.partnerOrganisationIds = partnerOrganisationIds;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getMethods() {
        return methods;
    }

    public void setMethods(String methods) {
        this.methods = methods;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public @Nullable Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(@Nullable Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    /** One budget line: what it pays for, from the state budget and from other sources. */
    public static class Item {

        private String name = "";
        private @Nullable Money state;
        private @Nullable Money other;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public @Nullable Money getState() {
            return state;
        }

        public void setState(@Nullable Money state) {
            this.state = state;
        }

        public @Nullable Money getOther() {
            return other;
        }

        public void setOther(@Nullable Money other) {
            this.other = other;
        }
    }
}
