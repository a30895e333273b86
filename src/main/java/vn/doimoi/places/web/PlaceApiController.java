package vn.doimoi.places.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doimoi.places.CommuneUnit;
import vn.doimoi.places.Places;
import vn.doimoi.places.ProvinceUnit;

/**
 * The list for machines and for the address forms' script: public facts, the same for everyone.
 * An unknown province code answers 400 with a Vietnamese problem (ApiProblemAdvice).
 */
@RestController
@RequestMapping("/api/v1/places")
class PlaceApiController {

    private final Places places;

    PlaceApiController(Places places) {
        this.places = places;
    }

    @GetMapping("/provinces")
    List<ProvinceUnit> provinces() {
        return places.provinces();
    }

    @GetMapping("/provinces/{code}/communes")
    List<CommuneUnit> communes(@PathVariable String code) {
        return places.communes(code);
    }
}
