package vn.doimoi.portal;

/**
 * The voices an article can be listened to in, with the espeak-ng voice that speaks each. espeak-ng's
 * Vietnamese voices are male formant voices; they are labelled as such, never as natural female voices.
 */
public enum Voice {
    NORTH("vi"),
    CENTRAL("vi-vn-x-central"),
    SOUTH("vi-vn-x-south");

    private final String espeakName;

    Voice(String espeakName) {
        this.espeakName = espeakName;
    }

    public String espeakName() {
        return espeakName;
    }
}
