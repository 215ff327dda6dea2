package org.kompanjoner.initiatives.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A place on the map (WGS84), inside Sweden, to five decimals (about a metre). */
public record Point(double latitude, double longitude) {

    /** Sweden's bounding box, a little generous at the coasts: what lies outside cannot be in Sweden. */
    public static final double MIN_LATITUDE = 55.0;

    public static final double MAX_LATITUDE = 69.1;
    public static final double MIN_LONGITUDE = 10.9;
    public static final double MAX_LONGITUDE = 24.2;

    public Point {
        latitude = rounded(latitude);
        longitude = rounded(longitude);
    }

    public static boolean inSweden(double latitude, double longitude) {
        return latitude >= MIN_LATITUDE
                && latitude <= MAX_LATITUDE
                && longitude >= MIN_LONGITUDE
                && longitude <= MAX_LONGITUDE;
    }

    private static double rounded(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }

    /** The coordinate as people and files write it: a point, no exponent, no trailing zeros. */
    public static String format(double degrees) {
        return BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }
}
