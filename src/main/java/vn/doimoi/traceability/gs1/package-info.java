/**
 * GS1 identifiers and GS1 Digital Link as a plain library (ADR 0059): check digits, GTIN and GLN,
 * the GS1 Barcode Syntax Dictionary, Digital Link parsing and formatting, DL compression, and the
 * EPC URN to canonical Digital Link translation the EPCIS event hash needs. No Spring, no state.
 */
@NullMarked
package vn.doimoi.traceability.gs1;

import org.jspecify.annotations.NullMarked;
