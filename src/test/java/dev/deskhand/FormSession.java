package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser over real HTTP: its own cookies, the CSRF token of the last page it read,
 * and the client address a proxy in front of Deskhand would report
 * ({@code X-Forwarded-For}), so each test's failed sign-ins count against an address of
 * its own. Redirects are not followed.
 */
public final class FormSession {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private final String address;

	private String csrf = "";

	public FormSession(int port, String address) {
		this.base = "http://localhost:" + port;
		this.address = address;
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger(new Random().nextInt(60_000));

	/** A client address of its own for each call, from 198.18.0.0/15 (for tests). */
	public static String freshAddress() {
		int n = ADDRESSES.incrementAndGet() % 65_000 + 1;
		return "198.18." + n / 256 + "." + n % 256;
	}

	public HttpResponse<String> get(String path) {
		var r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		var m = CSRF.matcher(r.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return r;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		return send(path, form, "&_csrf=" + csrf);
	}

	/** Posts a form as a forged one from another site would: without the CSRF token. */
	public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
		return send(path, form, "");
	}

	private HttpResponse<String> send(String path, Map<String, String> form, String csrfField) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")) + csrfField;
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> login(String email, String password) {
		get("/login");
		assertThat(csrf).isNotEmpty();
		return post("/login", Map.of("username", email, "password", password));
	}

	public static String location(HttpResponse<?> r) {
		return r.headers().firstValue("Location").orElse("");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
