package dev.deskhand.access.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever reaches the servlet container's error page — a refusal before any controller
 * (no such route, wrong method or content type, an upload or body too large, a request
 * the container itself refused) or an error no handler answered — gets the same answer as
 * a controller's refusal: {@code application/problem+json} with a {@code detail} for the
 * API ({@code /api/**}, or a caller that accepts JSON and not HTML), and the shell's
 * error page for browsers. Never an empty body, never a stack trace.
 */
@Controller
// the command line starts no web server, and so has no ErrorAttributes
@ConditionalOnWebApplication
class ErrorResponses implements ErrorController {

	private final ErrorAttributes errors;

	ErrorResponses(ErrorAttributes errors) {
		this.errors = errors;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Throwable cause = errors.getError(new ServletWebRequest(request));
		HttpStatus status = status(request, cause);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return respond(uri instanceof String s ? s : "", request, response, status, detail(status, cause));
	}

	/**
	 * An upload over the limit fails while the request is read, before any controller. It
	 * is answered here, in the request itself: sent to the error page, the still unread
	 * multipart body would fail a second time there and leave the 413 without a body.
	 */
	@ControllerAdvice
	static class UploadTooLarge {

		@ExceptionHandler(MaxUploadSizeExceededException.class)
		Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
			return respond(request.getRequestURI(), request, response, HttpStatus.PAYLOAD_TOO_LARGE,
					detail(HttpStatus.PAYLOAD_TOO_LARGE, null));
		}

	}

	static Object respond(String uri, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detail) {
		if (wantsProblem(uri.substring(request.getContextPath().length()), request)) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ApiProblems.problem(status, detail, List.of()));
		}
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		// the heading and its explanation say it in the reader's language; the English
		// detail is for API callers
		page.addObject("heading", title(status));
		return page;
	}

	private static HttpStatus status(HttpServletRequest request, @Nullable Throwable cause) {
		if (cause instanceof MaxUploadSizeExceededException || cause instanceof MultipartException m
				&& m.getMessage() != null && m.getMessage().contains("SizeLimitExceeded")) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		if (cause instanceof ErrorResponse e) {
			HttpStatus s = HttpStatus.resolve(e.getStatusCode().value());
			if (s != null) {
				return s;
			}
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && cause == null) {
			// asked for /error itself: there is nothing here
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return s == null || s.is2xxSuccessful() ? HttpStatus.INTERNAL_SERVER_ERROR : s;
	}

	/** What the caller can act on; a server error says no more than that it was one. */
	static String detail(HttpStatus status, @Nullable Throwable cause) {
		if (status.is5xxServerError()) {
			return "Something went wrong on our side; nothing was changed. Please try again.";
		}
		if (cause instanceof ErrorResponse e && e.getBody().getDetail() != null
				&& !(cause instanceof MaxUploadSizeExceededException)) {
			return e.getBody().getDetail();
		}
		return switch (status) {
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE ->
				"The request is too large: files up to 25 MB, requests up to 26 MB";
			case NOT_FOUND -> "There is nothing at this address";
			case METHOD_NOT_ALLOWED -> "This address does not accept this method";
			case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept this content type";
			case UNAUTHORIZED -> "Sign in, or send an API token as 'Authorization: Bearer …'";
			case FORBIDDEN -> "Not allowed";
			default -> "The request could not be carried out: " + status.getReasonPhrase();
		};
	}

	static String title(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error.notFound";
			case FORBIDDEN -> "error.forbidden";
			case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "error.tooLarge";
			default -> status.is4xxClientError() ? "error.invalid" : "error.generic";
		};
	}

	private static boolean wantsProblem(String path, HttpServletRequest request) {
		if (path.startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

}
