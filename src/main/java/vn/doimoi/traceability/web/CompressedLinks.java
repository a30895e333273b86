package vn.doimoi.traceability.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doimoi.shared.web.PublicPageShortcut;
import vn.doimoi.shared.web.PublicSite;
import vn.doimoi.traceability.gs1.DigitalLink;
import vn.doimoi.traceability.gs1.DigitalLinkCompression;
import vn.doimoi.traceability.gs1.InvalidGs1DataException;

/**
 * A compressed GS1 Digital Link ({@code /AQnYUc1gmiA…}, GS1 DL 1.2 §8) gets the same answer as the
 * uncompressed URI: it is decompressed and forwarded to the resolver's {@code /01/…} route, security
 * included. Done as a public-page shortcut because the URI is one bare path segment at the root,
 * which no request mapping or URL rule could claim without claiming every other page's path too.
 * Only a base64url segment with a capital or a digit is looked at (our pages' paths are lower-case
 * words, so none is taken for a code), and only one that decompresses to a GTIN is forwarded: our
 * resolver resolves GTINs only. Every other path costs one regular expression.
 */
@Component
class CompressedLinks implements PublicPageShortcut {

    private static final Pattern COMPRESSED_GTIN = Pattern.compile("/(?=[^/]*[A-Z0-9])[A-Za-z0-9_-]{8,}");

    private final PublicSite site;

    CompressedLinks(PublicSite site) {
        this.site = site;
    }

    @Override
    public boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !COMPRESSED_GTIN.matcher(path).matches()) {
            return false;
        }
        String uri = site.absolute(path) + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String uncompressed;
        try {
            if (!DigitalLinkCompression.isCompressed(uri)) {
                return false;
            }
            DigitalLink link = DigitalLink.parse(uri);
            if (link.gtin().isEmpty()) {
                return false;
            }
            uncompressed = link.toUri("");
        } catch (InvalidGs1DataException e) {
            return false;
        }
        try {
            request.getRequestDispatcher(uncompressed).forward(request, response);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        return true;
    }
}
