package dev.shoplens.store.read;

import java.time.YearMonth;

/**
 * One cell of the acquisition cohorts: of the customers whose first purchase fell in {@code cohort}, how many bought
 * again {@code monthsLater} calendar months on (0: the month of the first purchase, so the cohort's size), and the
 * revenue of those purchases (before returns).
 */
public record CohortCell(YearMonth cohort, int monthsLater, long customers, double revenue) {}
