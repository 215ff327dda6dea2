package org.kompanjoner.accounts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer), kept as {@code NNNNNN-NNNN}. Accepted with or
 * without the hyphen and with the century prefix {@code 16} used in some registers; the last digit is a
 * Luhn check digit. Sole traders use their personal identity number, which has the same shape.
 */
public record OrganisationNumber(String value) {

    /**
     * Six digits, then four, with a hyphen, a plus (a personal number of someone over a hundred), a space
     * or nothing between them, and optionally the century prefix 16 in front.
     */
    private static final Pattern SHAPE = Pattern.compile("(?:16)?(\\d{6})[-+ ]?(\\d{4})");

    public static Optional<OrganisationNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher shape = SHAPE.matcher(input.strip());
        if (!shape.matches()) {
            return Optional.empty();
        }
        String digits = shape.group(1) + shape.group(2);
        if (!luhnValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationNumber(digits.substring(0, 6) + "-" + digits.substring(6)));
    }

    /** The Luhn (mod 10) check over ten digits, as Bolagsverket and Skatteverket use it. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
