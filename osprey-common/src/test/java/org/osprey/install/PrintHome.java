package org.osprey.install;

import java.util.List;

/** Stands in for Osprey's main class in a test jar: prints the home it was given and its arguments. */
public final class PrintHome {
  private PrintHome() {}

  public static void main(String[] args) {
    System.out.println("home=" + System.getProperty("osprey.home") + " args=" + List.of(args));
  }
}
