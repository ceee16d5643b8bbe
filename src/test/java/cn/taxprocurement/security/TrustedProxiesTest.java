package cn.taxprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.CidrAddressConverter;
import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Quarkus reads a trusted proxy without a prefix length as {@code host[:port]} and looks a host that is not an
 * address up in DNS on every request, before the request is served. A bare IPv6 address reads as a name and a port
 * ({@code 0:0:0:0:0:0:0} and 1), so each is written as a range.
 */
class TrustedProxiesTest {
    @Test
    void theDefaultTrustedProxiesAreAddressesNotNamesToLookUp() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String[] proxies =
                properties.getProperty("quarkus.http.proxy.trusted-proxies").split(",");

        assertThat(Arrays.stream(proxies).map(String::strip))
                .isNotEmpty()
                .allSatisfy(proxy -> assertThat(readsAsAddress(proxy)).as(proxy).isTrue());
    }

    private static boolean readsAsAddress(String proxy) {
        if (proxy.matches(".+/\\d+")) {
            return new CidrAddressConverter().convert(proxy) != null;
        }
        return !new InetSocketAddressConverter().convert(proxy).isUnresolved();
    }
}
