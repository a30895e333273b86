package vn.doimoi.portal.stats;

/**
 * Who opened a page, as the counters see it: the {@code dm_visitor} cookie's id, or, for a request
 * that came without one, the id just given to it together with its client address and user agent.
 *
 * <p>A client that never sends cookies back (a script, a privacy mode, a scraper without a bot
 * user agent) gets a new id on every request; counted by that id it would be a new reader each
 * time. Such requests count once per address and user agent within the same windows as cookies.
 *
 * @param visitor the cookie's id, or the one given with this response
 * @param cookieless true when the request carried no visitor cookie
 * @param address the client's address (as the proxy settings resolve it)
 * @param userAgent the User-Agent header, empty when absent
 */
public record Reader(String visitor, boolean cookieless, String address, String userAgent) {

    /** A reader known by the cookie it sent. */
    public static Reader withCookie(String visitor, String userAgent) {
        return new Reader(visitor, false, "", userAgent);
    }

    /** The identity a cookie-less request is counted under. */
    String addressAndAgent() {
        return "cookieless|" + address + "|" + userAgent;
    }
}
