package vn.doimoi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;

/** Which database failures are the sender's input (400) and which stay server errors. */
class DataErrorsTests {

    @Test
    void textTooLongForItsColumnIsTheSendersInput() {
        var failure = new DataIntegrityViolationException(
                "could not execute statement",
                new PSQLException(
                        "ERROR: value too long for type character varying(200)",
                        PSQLState.STRING_DATA_RIGHT_TRUNCATION));

        assertThat(DataErrors.messageKey(failure)).isEqualTo("error.input.tooLong");
    }

    @Test
    void aCharacterTheDatabaseRefusesIsTheSendersInput() {
        var failure = new DataIntegrityViolationException(
                "could not execute statement",
                new PSQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", PSQLState.DATA_ERROR) {
                    @Override
                    public String getSQLState() {
                        return "22021";
                    }
                });

        assertThat(DataErrors.messageKey(failure)).isEqualTo("error.input.characters");
    }

    @Test
    void aBrokenUniqueConstraintStaysAServerError() {
        var failure = new DataIntegrityViolationException(
                "duplicate key", new PSQLException("ERROR: duplicate key value", PSQLState.UNIQUE_VIOLATION));

        assertThat(DataErrors.messageKey(failure)).isNull();
    }
}
