package org.crosscheck.internal;

/** Argument checks whose messages name the parameter, so a bad value is found at once. */
public final class Check {
  private Check() {}

  public static String notBlank(String value, String parameter) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the parameter '" + parameter + "' must not be blank");
    }
    return value;
  }

  public static int between(int value, int min, int max, String parameter) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "the parameter '" + parameter + "' must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  public static <T> T notNull(T value, String parameter) {
    if (value == null) {
      throw new IllegalArgumentException("the parameter '" + parameter + "' must not be null");
    }
    return value;
  }
}
