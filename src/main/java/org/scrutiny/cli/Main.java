package org.scrutiny.cli;

public class Main {
    public static void main(String[] args) {}
}
