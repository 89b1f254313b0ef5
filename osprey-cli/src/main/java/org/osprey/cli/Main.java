package org.osprey.cli;

/** The {@code osprey} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("osprey: commands are being built");
  }
}
