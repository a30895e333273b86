package vn.doimoi.ecosystem.initiatives;

import jakarta.persistence.Embeddable;

/** A co-author (đồng tác giả) with their share of the initiative, in whole percent. */
@Embeddable
public class CoAuthor {

    private String fullName;
    private int sharePercent;

    protected CoAuthor() {}

    public CoAuthor(String fullName, int sharePercent) {
        this.fullName = fullName;
        this.sharePercent = sharePercent;
    }

    public String fullName() {
        return fullName;
    }

    public int sharePercent() {
        return sharePercent;
    }
}
