package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public page that a module can answer from memory for anonymous readers, ahead of sign-in
 * handling and the MVC dispatch: the security chain runs it right after it has set its response
 * headers (CSP, frame and referrer policies), so the answer carries them like any other page.
 * It must answer only requests with no session and no credentials, and pass everything else on.
 */
public interface PublicPageShortcut {

    /** Writes the whole response and answers true, or answers false and writes nothing. */
    boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
