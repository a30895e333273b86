package vn.doimoi.traceability.gs1;

/** GS1 Digital Link compression (work in progress: API fixed, algorithm below). */
public final class DigitalLinkCompression {

    private DigitalLinkCompression() {}

    public static boolean isCompressed(String uri) {
        return false;
    }

    public static String compress(String uri) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String decompress(String uri) {
        throw new UnsupportedOperationException("not yet");
    }
}
