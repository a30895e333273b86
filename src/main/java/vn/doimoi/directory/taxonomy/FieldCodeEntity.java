package vn.doimoi.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.doimoi.directory.FieldCode;

@Entity(name = "FieldCode")
@Table(schema = "directory", name = "field_code")
class FieldCodeEntity {

    @Id
    private String code;

    private @Nullable String parentCode;
    private int level;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private @Nullable String nameEn;

    protected FieldCodeEntity() {}

    FieldCodeEntity(FieldCode value) {
        this.code = value.code();
        apply(value);
    }

    void apply(FieldCode value) {
        this.parentCode = value.parentCode();
        this.level = value.level();
        this.nameVi = value.nameVi();
        this.nameEn = value.nameEn();
    }

    FieldCode toRecord() {
        return new FieldCode(code, parentCode, level, nameVi, nameEn);
    }
}
