package dev.deskhand.hiring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bidder's browser over real HTTP: reads a public page (keeping its cookies and CSRF
 * token) and posts the bid form as multipart, files included; redirects are not followed.
 */
final class BidFormPoster {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private final String address;

	private String csrf = "";

	record File(String name, String type, byte[] content) {
	}

	BidFormPoster(int port, String address) {
		this.base = "http://localhost:" + port;
		this.address = address;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
		Matcher m = CSRF.matcher(r.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return r;
	}

	/** Posts a plain form with the last page's CSRF token. */
	HttpResponse<String> post(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf)));
	}

	HttpResponse<String> bid(String publicKey, Map<String, List<String>> fields, List<File> files) {
		String boundary = "----bid" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
		fields.forEach((name, values) -> values.forEach(v -> write(body,
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v + "\r\n")));
		for (File f : files) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"samples\"; filename=\"" + f.name()
					+ "\"\r\nContent-Type: " + f.type() + "\r\n\r\n");
			body.writeBytes(f.content());
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + publicKey + "/bids"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
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
