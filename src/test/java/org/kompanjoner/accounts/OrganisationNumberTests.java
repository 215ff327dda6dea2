package org.kompanjoner.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kompanjoner.support.OrganisationNumbers;

class OrganisationNumberTests {

    @Test
    void acceptsKnownValidNumbersInEveryCommonSpelling() {
        assertThat(OrganisationNumber.parse("556016-0680"))
                .hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("556016-0680"));
        assertThat(OrganisationNumber.parse("5560160680"))
                .map(OrganisationNumber::value)
                .hasValue("556016-0680");
        assertThat(OrganisationNumber.parse(" 16556016-0680 "))
                .map(OrganisationNumber::value)
                .hasValue("556016-0680");
        assertThat(OrganisationNumber.parse("556016 0680"))
                .map(OrganisationNumber::value)
                .hasValue("556016-0680");
    }

    @Test
    void refusesWrongShapesAndWrongCheckDigits() {
        assertThat(OrganisationNumber.parse("556016-0681")).isEmpty();
        // The right digits in the wrong places are not an organisation number someone meant.
        assertThat(OrganisationNumber.parse("55601-60680")).isEmpty();
        assertThat(OrganisationNumber.parse("5560-160680")).isEmpty();
        assertThat(OrganisationNumber.parse("556016--0680")).isEmpty();
        assertThat(OrganisationNumber.parse("5 5 6 0 1 6 0 6 8 0")).isEmpty();
        assertThat(OrganisationNumber.parse("556016-06800")).isEmpty();
        assertThat(OrganisationNumber.parse("12345")).isEmpty();
        assertThat(OrganisationNumber.parse("abcdef-ghij")).isEmpty();
        assertThat(OrganisationNumber.parse("")).isEmpty();
        assertThat(OrganisationNumber.parse(null)).isEmpty();
        assertThat(OrganisationNumber.parse("17556016-0680")).isEmpty();
    }

    @Property
    void everyNumberWithTheRightCheckDigitIsAccepted(@ForAll("nineDigits") String nineDigits) {
        String number = OrganisationNumbers.withCheckDigit(nineDigits);
        assertThat(OrganisationNumber.parse(number))
                .map(OrganisationNumber::value)
                .hasValue(number);
    }

    @Property
    void changingTheCheckDigitMakesTheNumberInvalid(@ForAll("nineDigits") String nineDigits) {
        String valid = OrganisationNumbers.withCheckDigit(nineDigits).replace("-", "");
        int check = valid.charAt(9) - '0';
        for (int other = 0; other <= 9; other++) {
            if (other != check) {
                assertThat(OrganisationNumber.parse(valid.substring(0, 9) + other))
                        .isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }
}
