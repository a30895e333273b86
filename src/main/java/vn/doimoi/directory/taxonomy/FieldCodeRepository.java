package vn.doimoi.directory.taxonomy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FieldCodeRepository extends JpaRepository<FieldCodeEntity, String> {

    List<FieldCodeEntity> findAllByOrderByCode();
}
