package dev.deskhand.access.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals the web server makes before Deskhand sees the request, or after its error page
 * failed too: a request line or headers over the limit, a malformed request, a form body
 * over the post limit (its parameters fail again on the error page). Tomcat's own report
 * names the server and its version, in English; this one answers like
 * {@link ErrorResponses}: problem+json for the API and JSON callers, and for browsers a
 * plain page in their language (da, de or en by {@code Accept-Language}, texts from the
 * bundles) with a way back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ContainerErrors {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// the host adds a report of this class only when none is there yet
				host.setErrorReportValveClass(Report.class.getName());
				host.getPipeline().addValve(new Report());
			}
		});
	}

	/** Tomcat's hook for the last answer to a failed request. */
	public static final class Report extends ErrorReportValve {

		private static final JsonMapper JSON = JsonMapper.builder().build();

		private static final List<String> LANGUAGES = List.of("da", "de", "en");

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int code = response.getStatus();
			// as Tomcat's own: nothing for a success or a redirect, nothing over what was
			// written already, nothing twice, nothing where no more can be written
			if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			HttpStatus status = HttpStatus.resolve(code);
			if (status == null) {
				status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
			}
			String uri = request.getDecodedRequestURI() == null ? "" : request.getDecodedRequestURI();
			String accept = request.getHeader("Accept");
			boolean problem = uri.startsWith("/api/") || accept == null || !accept.contains("text/html");
			try {
				if (problem) {
					response.setContentType("application/problem+json");
					response.setCharacterEncoding("UTF-8");
					write(response, JSON.writeValueAsString(
							ApiProblems.problem(status, ErrorResponses.detail(status, null), List.of())));
				}
				else {
					response.setContentType("text/html");
					response.setCharacterEncoding("UTF-8");
					write(response, page(status, bundle(request)));
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client is gone or the response cannot be written: nothing more to
				// do
			}
		}

		private static void write(Response response, String body) throws IOException {
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}

		private static ResourceBundle bundle(Request request) {
			Locale chosen = Locale.ENGLISH;
			for (Locale l : Collections.list(request.getLocales())) {
				if (LANGUAGES.contains(l.getLanguage())) {
					chosen = Locale.of(l.getLanguage());
					break;
				}
			}
			return ResourceBundle.getBundle("i18n.messages", chosen,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		}

		private static String page(HttpStatus status, ResourceBundle texts) {
			String heading = ErrorResponses.title(status);
			String text = status.is4xxClientError() ? "error.invalid.text" : "error.generic.text";
			return """
					<!doctype html>
					<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
					<title>%s</title></head>
					<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
					<h1>%s</h1><p>%s</p><p><a href="/">%s</a></p></body></html>
					"""
				.formatted(texts.getLocale().getLanguage().isEmpty() ? "en" : texts.getLocale().getLanguage(),
						text(texts, heading), text(texts, heading), text(texts, text), text(texts, "error.back"));
		}

		private static String text(ResourceBundle texts, String key) {
			try {
				return HtmlUtils.htmlEscape(texts.getString(key), "UTF-8");
			}
			catch (MissingResourceException e) {
				return key;
			}
		}

	}

}
