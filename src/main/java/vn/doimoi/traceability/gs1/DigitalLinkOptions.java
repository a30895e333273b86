package vn.doimoi.traceability.gs1;

/**
 * Parser settings that relax the GS1 Digital Link URI Syntax rules, named as in the GS1 syntax
 * engine. {@link #STRICT} is what we accept from the outside; {@link #LENIENT} reads the older
 * forms still printed on packs (short names such as {@code /gtin/}, unpadded GTIN-13).
 *
 * @param permitConvenienceAlphas accept the DL 1.1 short names ({@code /gtin/}, {@code /lot/}, …)
 * @param permitZeroSuppressedGtin accept a GTIN-8, -12 or -13 for AI (01) and pad it to 14 digits
 * @param permitUnknownAis accept numeric AIs the dictionary does not know
 * @param unknownAiNotDataAttribute still refuse unknown AIs as query attributes
 * @param verifyCheckDigits refuse a key whose check digit is wrong; off only where identifiers
 *     already recorded by others must be read as they are (the EPCIS event hash)
 */
public record DigitalLinkOptions(
        boolean permitConvenienceAlphas,
        boolean permitZeroSuppressedGtin,
        boolean permitUnknownAis,
        boolean unknownAiNotDataAttribute,
        boolean verifyCheckDigits) {

    public static final DigitalLinkOptions STRICT = new DigitalLinkOptions(false, false, false, true, true);

    public static final DigitalLinkOptions LENIENT = new DigitalLinkOptions(true, true, false, true, true);

    /** What the EPCIS event hash reference accepts: old forms, and check digits not verified. */
    public static final DigitalLinkOptions EVENT_HASH = new DigitalLinkOptions(true, true, false, true, false);
}
