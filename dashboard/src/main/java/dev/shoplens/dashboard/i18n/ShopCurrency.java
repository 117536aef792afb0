package dev.shoplens.dashboard.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The currency the shop's amounts are in ({@code shoplens.dashboard.currency}, an ISO 4217 code, GBP unless set; the
 * store keeps amounts without one). Checked at start-up, so a wrong code fails before the first page; every new
 * session is given it for the page figures to write money with.
 */
@Component
class ShopCurrency implements VaadinServiceInitListener {

    static final String PROPERTY = "shoplens.dashboard.currency";

    private final Currency currency;

    ShopCurrency(@Value("${" + PROPERTY + ":GBP}") String code) {
        this.currency = of(code);
    }

    static Currency of(String code) {
        try {
            return Currency.getInstance(code.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "set " + PROPERTY + " to an ISO 4217 currency code such as GBP, EUR or CNY, not '" + code + "'", e);
        }
    }

    Currency currency() {
        return currency;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setAttribute(Currency.class, currency));
    }
}
