package dev.shoplens.launcher.erasure;

import java.nio.file.Files;
import java.nio.file.Path;

/** The events of a shop one of whose customers asks to be erased, as the erasure tests import them. */
public final class ErasureEvents {

    private ErasureEvents() {}

    /**
     * Two customers over a week in {@code dir/events.jsonl}: views, a cart, purchases, a return; {@code erased} also
     * in a rejected line. In event-time order: an event days behind one before it would be rejected as late wherever
     * the import's periodic watermark happened to pass between them, and the totals would depend on timing.
     */
    public static Path write(Path dir, String erased, String kept) throws Exception {
        return Files.writeString(
                dir.resolve("events.jsonl"),
                String.join(
                        "\n",
                        view("v1", "2026-01-02T09:00:00Z", erased),
                        purchase("e1", "2026-01-02T10:00:00Z", erased, "o1", 2, 5.0),
                        purchase("k1", "2026-01-03T10:00:00Z", kept, "o3", 1, 12.5),
                        purchase("e2", "2026-01-05T10:00:00Z", erased, "o2", 1, 20.0),
                        "{\"eventId\":\"e3\",\"type\":\"return\",\"time\":\"2026-01-06T10:00:00Z\",\"customerId\":\""
                                + erased + "\",\"orderId\":\"o1\",\"lines\":[{\"productId\":\"p1\",\"quantity\":1,"
                                + "\"unitPrice\":5.0}]}",
                        view("k2", "2026-01-07T10:00:00Z", kept),
                        "{\"eventId\":\"bad\",\"type\":\"purchase\",\"customerId\":\"" + erased + "\"}",
                        ""));
    }

    private static String view(String id, String time, String customer) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"view\",\"time\":\"" + time + "\",\"customerId\":\"" + customer
                + "\",\"productId\":\"p1\",\"price\":5.0}";
    }

    private static String purchase(String id, String time, String customer, String order, int units, double price) {
        return "{\"eventId\":\"" + id + "\",\"type\":\"purchase\",\"time\":\"" + time + "\",\"customerId\":\""
                + customer + "\",\"orderId\":\"" + order + "\",\"lines\":[{\"productId\":\"p1\",\"quantity\":" + units
                + ",\"unitPrice\":" + price + "}]}";
    }
}
