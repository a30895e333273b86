package vn.doimoi.portal.web;

import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.doimoi.portal.banner.StoredFiles;
import vn.doimoi.shared.NotFoundException;

/** Uploaded images, by their SHA-256 name; they never change, so they are cached for a year. */
@Controller
class FileController {

    private final StoredFiles files;

    FileController(StoredFiles files) {
        this.files = files;
    }

    @GetMapping("/files/{name}")
    ResponseEntity<Resource> file(@PathVariable String name) {
        Resource file = files.find(name).orElseThrow(() -> new NotFoundException("file", name));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(StoredFiles.mediaType(name)))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .body(file);
    }
}
