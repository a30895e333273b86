package vn.doimoi.portal.stats;

import java.util.regex.Pattern;

/** Known crawlers and link previewers, which neither view articles nor visit. */
public final class Bots {

    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawler|spider|slurp|facebookexternalhit|zalo.*preview|bingpreview|embedly|"
                    + "mediapartners|adsbot|lighthouse|python-requests|go-http-client|wget|curl/|httpclient|"
                    + "feedfetcher|uptimerobot|pingdom|monitor",
            Pattern.CASE_INSENSITIVE);

    private Bots() {}

    public static boolean isBot(String userAgent) {
        return userAgent != null && BOT.matcher(userAgent).find();
    }
}
