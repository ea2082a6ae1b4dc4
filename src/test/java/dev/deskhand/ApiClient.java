package dev.deskhand;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the test server, with an API token or none; answers never throw on
 * 4xx/5xx.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final @Nullable String token;

	public ApiClient(int port, @Nullable String token) {
		this.base = "http://localhost:" + port;
		this.token = token;
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, @Nullable String json) {
		return send("POST", path, json);
	}

	public Response patch(String path, String json) {
		return send("PATCH", path, json);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	public Response send(String method, String path, @Nullable String json) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.header("Accept", "application/json, application/problem+json");
		if (json != null) {
			b.header("Content-Type", "application/json");
		}
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String contentType, String body) {
		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

}
