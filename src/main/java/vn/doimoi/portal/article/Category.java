package vn.doimoi.portal.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.doimoi.portal.CategorySummary;

/** A news category (chuyên mục); its slug never changes. */
@Entity
@Table(schema = "portal", name = "category")
class Category {

    @Id
    private UUID id;

    private String slug;
    private String name;
    private int position;
    private Instant createdAt;

    @Version
    private long version;

    protected Category() {}

    Category(UUID id, String slug, String name, int position, Instant now) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.position = position;
        this.createdAt = now;
    }

    void rename(String name, int position) {
        this.name = name;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    CategorySummary toSummary() {
        return new CategorySummary(id, slug, name, position);
    }
}
