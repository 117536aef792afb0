package dev.shoplens.activity;

import java.time.Instant;

/** How many accepted events of one type fell into one event-time minute, and the first and last of them. */
public record EventCount(Instant minute, String type, long events, Instant firstTime, Instant lastTime) {}
