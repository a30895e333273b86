package vn.doimoi.portal;

/**
 * The voices an article can be listened to in, with the espeak-ng voice that speaks each: the three
 * Vietnamese dialect voices of espeak-ng (northern, central, southern) and each with espeak-ng's
 * female variant {@code +f3}. They are formant (machine) voices and labelled as such. The order is the
 * order of generation: the southern female voice, which the page offers first as the seed portal does,
 * is made first.
 */
public enum Voice {
    SOUTH_FEMALE("vi-vn-x-south+f3"),
    NORTH("vi"),
    CENTRAL("vi-vn-x-central"),
    SOUTH("vi-vn-x-south"),
    NORTH_FEMALE("vi+f3"),
    CENTRAL_FEMALE("vi-vn-x-central+f3");

    private final String espeakName;

    Voice(String espeakName) {
        this.espeakName = espeakName;
    }

    public String espeakName() {
        return espeakName;
    }
}
