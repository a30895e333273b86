package vn.doimoi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A public page that a module can answer from memory for anonymous readers, ahead of every other
 * filter (metrics, sign-in handling, the MVC dispatch). It must answer only requests with no
 * session and no credentials, and pass everything else on. Because it runs before the security
 * chain, it does not get that chain's response headers: it may only forward or redirect (whose
 * target goes through the chain). Pages are kept by {@code shared.kept}, inside the chain (ADR 0074).
 */
public interface PublicPageShortcut {

    /** Writes the whole response and answers true, or answers false and writes nothing. */
    boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
