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
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in through the login form over real HTTP: their cookies and CSRF token,
 * for pages, forms and event streams without a browser.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http;

	private final String csrf;

	private WebSession(int port, HttpClient http, String csrf) {
		this.port = port;
		this.http = http;
		this.csrf = csrf;
	}

	public static WebSession signIn(int port, TestFixtures.Member member) {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		WebSession anonymous = new WebSession(port, http, "");
		String form = "username=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ csrf(anonymous.get("/login").body());
		var r = anonymous.send(anonymous.request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(r.headers().firstValue("Location").orElse("")).as("sign-in of " + member.email())
			.doesNotContain("error");
		return new WebSession(port, http, csrf(anonymous.get("/login").body()));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form (fields already URL-encoded) with the session's CSRF token. */
	public HttpResponse<String> post(String path, String form) {
		String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + csrf;
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a multipart form with one file and plain fields, with the session's CSRF
	 * token.
	 */
	public HttpResponse<String> postFile(String path, java.util.Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		String boundary = "----deskhand" + System.nanoTime();
		var out = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		all.forEach((name, value) -> out.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens a response whose body is read as it comes (an event stream). */
	public HttpResponse<java.io.InputStream> open(String path) {
		return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return http.send(request, body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("CSRF token on the page").isTrue();
		return m.group(1);
	}

}
