package coop.agora.forum;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Reads what a web page says about itself (Open Graph, else its title and description), guarding
 * the server: only http and https, never an address of this machine or of a private network,
 * checked again after each of at most two redirects, within a time and a size limit, HTML only.
 */
@Component
class LinkFetcher {

    static final int MAX_REDIRECTS = 2;
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 300;
    private static final int MAX_SITE_NAME = 100;

    /** What a page says about itself, as plain text. */
    record Page(String title, String description, String siteName) {}

    private final LinkPreviewSettings settings;
    private final HttpClient client;

    LinkFetcher(LinkPreviewSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .build();
    }

    /** The page's card, or nothing when the address is refused or the page cannot be read in time and size. */
    Optional<Page> fetch(String url) {
        var deadline = Instant.now().plus(settings.timeout());
        try {
            var address = new URI(url);
            for (var hop = 0; hop <= MAX_REDIRECTS; hop++) {
                if (!allowed(address)) {
                    return Optional.empty();
                }
                var left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    return Optional.empty();
                }
                var request = HttpRequest.newBuilder(address)
                        .timeout(left)
                        .header("Accept", "text/html,application/xhtml+xml")
                        .header("User-Agent", "Agora link preview")
                        .GET()
                        .build();
                var pending = client.sendAsync(request, this::body);
                HttpResponse<byte @Nullable []> response;
                try {
                    response = pending.get(left.toMillis(), TimeUnit.MILLISECONDS);
                } finally {
                    pending.cancel(true);
                }
                var status = response.statusCode();
                if (status >= 300 && status < 400) {
                    var location = response.headers().firstValue("Location");
                    if (location.isEmpty()) {
                        return Optional.empty();
                    }
                    address = address.resolve(location.get());
                    continue;
                }
                var bytes = response.body();
                if (status != 200 || bytes == null) {
                    return Optional.empty();
                }
                return page(Jsoup.parse(new ByteArrayInputStream(bytes), null, address.toString()), address);
            }
            return Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | IOException | ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Reads an HTML body up to the size limit; redirects and other kinds of content are not read. */
    private HttpResponse.BodySubscriber<byte @Nullable []> body(HttpResponse.ResponseInfo info) {
        var type = info.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        var declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        var html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
        if (info.statusCode() != 200 || !html || declared > settings.maxSize().toBytes()) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new Capped((int) settings.maxSize().toBytes());
    }

    /** Whether the address is http or https and every address its host resolves to is a public one. */
    boolean allowed(URI address) {
        var scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || address.getHost() == null || address.getRawUserInfo() != null) {
            return false;
        }
        try {
            var host = address.getHost();
            var resolved = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            for (var each : resolved) {
                if (!publicAddress(each)) {
                    return false;
                }
            }
            return resolved.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private boolean publicAddress(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return settings.allowLoopback();
        }
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            var first = bytes[0] & 0xff;
            var second = bytes[1] & 0xff;
            // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, benchmarking 198.18.0.0/15 and the reserved 240.0.0.0/4.
            return first != 0 && !(first == 100 && second >= 64 && second < 128) && !(first == 198 && (second == 18 || second == 19))
                    && first < 240;
        }
        if (address instanceof Inet6Address) {
            // Unique local addresses fc00::/7, and IPv4 addresses written as IPv6 ones, judged as IPv4.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;
            }
            if (isMappedIpv4(bytes)) {
                try {
                    return publicAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isMappedIpv4(byte[] bytes) {
        for (var i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
    }

    private static Optional<Page> page(Document document, URI address) {
        var title = first(meta(document, "og:title"), document.title());
        if (title.isEmpty()) {
            return Optional.empty();
        }
        var description = first(meta(document, "og:description"), meta(document, "description"));
        var site = first(meta(document, "og:site_name"), address.getHost());
        return Optional.of(new Page(plain(title, MAX_TITLE), plain(description, MAX_DESCRIPTION), plain(site, MAX_SITE_NAME)));
    }

    private static String meta(Document document, String name) {
        var found = document.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return found == null ? "" : found.attr("content");
    }

    private static String first(String preferred, String otherwise) {
        return preferred.isBlank() ? otherwise : preferred;
    }

    /** Plain text on one line: markup and control characters removed, white space collapsed, cut to a length. */
    static String plain(String text, int max) {
        var clean = Jsoup.parse(text).text().replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() <= max ? clean : clean.substring(0, max - 1).strip() + "…";
    }

    /** Collects a body and gives up, cancelling the download, once it passes the size limit. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte @Nullable []> {

        private final int limit;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte @Nullable []> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        Capped(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte @Nullable []> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (var buffer : buffers) {
                if (received.size() + buffer.remaining() > limit) {
                    result.complete(null);
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    return;
                }
                var bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.complete(null);
        }

        @Override
        public void onComplete() {
            result.complete(received.toByteArray());
        }
    }
}
