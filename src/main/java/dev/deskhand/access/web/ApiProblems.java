package dev.deskhand.access.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every API error as {@code application/problem+json}: a clear {@code detail}, and for
 * bad fields {@code errors: [{pointer, detail}]} with a JSON pointer to the field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final Texts texts;

	ApiProblems(Texts texts) {
		this.texts = texts;
	}

	/**
	 * The API's language: the caller's {@code Accept-Language} among da, de and en,
	 * English when it names none of them.
	 */
	static Locale language(@Nullable String acceptLanguage) {
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				for (var range : Locale.LanguageRange.parse(acceptLanguage)) {
					String lang = Locale.forLanguageTag(range.getRange()).getLanguage();
					for (Locale l : MemberLocaleResolver.SUPPORTED) {
						if (l.getLanguage().equals(lang)) {
							return l;
						}
					}
				}
			}
			catch (IllegalArgumentException e) {
				// a malformed header: English
			}
		}
		return Locale.ENGLISH;
	}

	private String text(MessageSourceResolvable reason, WebRequest request) {
		return texts.of(reason, language(request.getHeader("Accept-Language")));
	}

	static ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
		if (!errors.isEmpty()) {
			p.setProperty("errors", errors);
		}
		return p;
	}

	private static Map<String, String> error(String pointer, String detail) {
		return Map.of("pointer", pointer, "detail", detail);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e, WebRequest request) {
		String detail = text(e.text(), request);
		return problem(HttpStatus.BAD_REQUEST, detail, List.of(error(e.field(), detail)));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e, WebRequest request) {
		return problem(HttpStatus.NOT_FOUND, text(e.text(), request), List.of());
	}

	@ExceptionHandler(AccessDenied.class)
	ProblemDetail denied(AccessDenied e, WebRequest request) {
		ProblemDetail p = problem(HttpStatus.FORBIDDEN, text(e.text(), request), List.of());
		p.setType(URI.create("https://deskhand.dev/problems/" + e.reason().name().toLowerCase()));
		return p;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail conflict(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "Someone changed this at the same time; load it again and retry",
				List.of());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		return problem(HttpStatus.BAD_REQUEST, "The data breaks a rule of the database: nothing was stored", List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String detail = "Not a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName())
				+ ": " + e.getValue();
		return problem(HttpStatus.BAD_REQUEST, detail, List.of(error("/" + e.getName(), detail)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> error("/" + f.getField().replace('.', '/'),
					f.getDefaultMessage() == null ? "invalid" : f.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "Some fields are not valid: nothing was stored", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof MismatchedInputException)) {
			cause = cause.getCause();
		}
		ProblemDetail body = switch (cause) {
			case UnrecognizedPropertyException u -> problem(HttpStatus.BAD_REQUEST,
					"Unknown field '" + u.getPropertyName() + "'", List.of(error(pointer(u), "Unknown field")));
			case InvalidFormatException f -> problem(HttpStatus.BAD_REQUEST,
					"Not a valid " + f.getTargetType().getSimpleName() + ": " + f.getValue(),
					List.of(error(pointer(f), "Not a valid " + f.getTargetType().getSimpleName())));
			case MismatchedInputException m -> problem(HttpStatus.BAD_REQUEST, "Wrong type of value",
					List.of(error(pointer(m), "Wrong type of value")));
			case null, default -> problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON", List.of());
		};
		return ResponseEntity.badRequest().body(body);
	}

	private static String pointer(MismatchedInputException e) {
		StringBuilder sb = new StringBuilder();
		e.getPath()
			.forEach(ref -> sb.append('/')
				.append(ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex())));
		return sb.isEmpty() ? "/" : sb.toString();
	}

}
