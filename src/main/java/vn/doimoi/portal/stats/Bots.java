package vn.doimoi.portal.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Known crawlers and link previewers, which neither view articles nor visit. */
public final class Bots {

    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawler|spider|slurp|facebookexternalhit|zalo.*preview|bingpreview|embedly|"
                    + "mediapartners|adsbot|lighthouse|python-requests|go-http-client|wget|curl/|httpclient|"
                    + "feedfetcher|uptimerobot|pingdom|monitor",
            Pattern.CASE_INSENSITIVE);

    /**
     * The answer per user agent already seen: a page answer asks up to twice (visit and view), and
     * the expression's search through a browser's agent was a visible part of a kept page's answer
     * (JFR, issue 22). Readers use a few dozen agents; past this many, new ones are not remembered.
     */
    private static final int REMEMBERED = 1_024;

    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private Bots() {}

    public static boolean isBot(String userAgent) {
        if (userAgent == null) {
            return false;
        }
        Boolean known = KNOWN.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = BOT.matcher(userAgent).find();
        if (KNOWN.size() < REMEMBERED) {
            KNOWN.put(userAgent, bot);
        }
        return bot;
    }
}
