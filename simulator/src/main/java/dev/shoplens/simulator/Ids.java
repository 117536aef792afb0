package dev.shoplens.simulator;

/** Hands out session and order ids ({@code s1}, {@code o1}, ...) in the order they are needed, hence reproducibly. */
final class Ids {

    private long sessions;
    private long orders;

    String nextSession() {
        return "s" + ++sessions;
    }

    String nextOrder() {
        return "o" + ++orders;
    }
}
