package vn.doimoi.portal.banner;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BannerRepository extends JpaRepository<Banner, UUID> {

    List<Banner> findAllByOrderByPositionAscActiveFromDesc();
}
