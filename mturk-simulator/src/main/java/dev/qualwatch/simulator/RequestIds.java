package dev.qualwatch.simulator;

import java.security.SecureRandom;

/** Generates ids shaped like MTurk's: 30 upper-case letters and digits. */
final class RequestIds {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int LENGTH = 30;

  private final SecureRandom random = new SecureRandom();

  synchronized String next() {
    StringBuilder id = new StringBuilder(LENGTH);
    id.append((char) ('1' + random.nextInt(9)));
    while (id.length() < LENGTH) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
