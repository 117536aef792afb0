package dev.shoplens.dashboard.privacy;

import dev.shoplens.privacy.CustomerPseudonyms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shop's customer pseudonyms, where it keeps its own ids out of the store ({@code privacy.pseudonymKey}, which
 * {@code bin/shoplens dashboard} passes as {@code shoplens.privacy.pseudonym-key}): the Customers page then finds a
 * customer by the shop's own id too. Without a key, ids are searched as they are.
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    public static final String PSEUDONYM_KEY = "shoplens.privacy.pseudonym-key";

    @Bean
    CustomerPseudonyms customerPseudonyms(@Value("${" + PSEUDONYM_KEY + ":}") String key) {
        return key.isEmpty() ? CustomerPseudonyms.NONE : CustomerPseudonyms.keyed(key);
    }
}
