package dev.qualwatch.mturk;

import java.net.URI;
import java.util.Locale;

/** The MTurk marketplace the poller lists: the sandbox (the default) or production. */
public enum MTurkEnvironment {
  SANDBOX(URI.create("https://mturk-requester-sandbox.us-east-1.amazonaws.com")),
  PRODUCTION(URI.create("https://mturk-requester.us-east-1.amazonaws.com"));

  private final URI endpoint;

  MTurkEnvironment(URI endpoint) {
    this.endpoint = endpoint;
  }

  public URI endpoint() {
    return endpoint;
  }

  /** Parses {@code sandbox} or {@code production}, any case; {@code null} for anything else. */
  public static MTurkEnvironment parse(String text) {
    for (MTurkEnvironment environment : values()) {
      if (environment.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return environment;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
