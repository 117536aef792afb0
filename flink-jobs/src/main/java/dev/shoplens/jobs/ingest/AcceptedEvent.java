package dev.shoplens.jobs.ingest;

import dev.shoplens.event.ShopEvent;

/** A decoded event and where it came from, kept together until de-duplication so a late copy can be traced. */
public record AcceptedEvent(ShopEvent event, String origin) {}
