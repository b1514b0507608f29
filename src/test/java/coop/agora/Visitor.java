package coop.agora;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One person's browser against the mock web layer: keeps cookies (session, language) between
 * requests and comes from its own network address, so sign-in limits of one test never hit another.
 */
public final class Visitor {

    private final MockMvcTester mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private final String address;
    private String acceptLanguage = "fr-BE";

    public Visitor(MockMvcTester mvc) {
        this.mvc = mvc;
        var random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public Visitor speaking(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
        return this;
    }

    public MvcTestResult get(String uri, String... headerNamesAndValues) {
        var request = mvc.get().uri(uri).header("Accept-Language", acceptLanguage).with(fromAddress());
        for (int i = 0; i + 1 < headerNamesAndValues.length; i += 2) {
            request.header(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        return remember(request.exchange());
    }

    /** A form sent with its anti-forgery token, as a browser would after loading the page. */
    public MvcTestResult post(String uri, String... namesAndValues) {
        return remember(postRequest(uri, true, namesAndValues));
    }

    /** A form with one file and other fields, sent as a browser sends an upload, with its anti-forgery token. */
    public MvcTestResult upload(String uri, String field, String fileName, String contentType, byte[] content, String... namesAndValues) {
        var request = mvc.post().uri(uri).multipart()
                .file(new org.springframework.mock.web.MockMultipartFile(field, fileName, contentType, content))
                .header("Accept-Language", acceptLanguage)
                .with(fromAddress())
                .with(csrf());
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        return remember(request.exchange());
    }

    public MvcTestResult postWithoutFormToken(String uri, String... namesAndValues) {
        return remember(postRequest(uri, false, namesAndValues));
    }

    public MvcTestResult signIn(String email, String password) {
        return post("/login", "email", email, "password", password);
    }

    private MvcTestResult postRequest(String uri, boolean withToken, String... namesAndValues) {
        var request = mvc.post().uri(uri).header("Accept-Language", acceptLanguage).with(fromAddress());
        if (withToken) {
            request.with(csrf());
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        return request.exchange();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor fromAddress() {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcTestResult remember(MvcTestResult result) {
        for (var cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
