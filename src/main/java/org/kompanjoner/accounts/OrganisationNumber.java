package org.kompanjoner.accounts;

import java.util.Optional;

/**
 * A Swedish organisation number (organisationsnummer), kept as {@code NNNNNN-NNNN}. Accepted with or
 * without the hyphen and with the century prefix {@code 16} used in some registers; the last digit is a
 * Luhn check digit. Sole traders use their personal identity number, which has the same shape.
 */
public record OrganisationNumber(String value) {

    public static Optional<OrganisationNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip().replace("-", "").replace(" ", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
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
