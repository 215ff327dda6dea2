package org.kompanjoner.support;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random Swedish organisation numbers for tests (so tests never collide on the unique number). */
public final class OrganisationNumbers {

    private OrganisationNumbers() {}

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder("55");
        digits.append(2 + random.nextInt(8));
        while (digits.length() < 9) {
            digits.append(random.nextInt(10));
        }
        return withCheckDigit(digits.toString());
    }

    /** Nine digits plus the Luhn check digit, formatted NNNNNN-NNNN. */
    public static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        int check = (10 - sum % 10) % 10;
        String all = nineDigits + check;
        return all.substring(0, 6) + "-" + all.substring(6);
    }
}
