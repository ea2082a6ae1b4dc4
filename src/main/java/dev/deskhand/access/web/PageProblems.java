package dev.deskhand.access.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages: the shell's error page with the right status, its heading and the
 * reason in the reader's language. An assistant who has not yet accepted the NDA is sent
 * to it; a person in a workspace that requires two-factor sign-in, to setting it up.
 * (Invalid form input is handled by each controller, which shows the form again with the
 * reason.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private static final Pattern WORKSPACE = Pattern.compile("^/w/([a-z0-9-]+)");

	@ExceptionHandler(AccessDenied.class)
	ModelAndView denied(AccessDenied e, HttpServletRequest request, HttpServletResponse response) {
		Matcher m = WORKSPACE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (e.reason() == AccessDenied.Reason.NDA && m.find()) {
			return new ModelAndView("redirect:/w/" + m.group(1) + "/nda");
		}
		if (e.reason() == AccessDenied.Reason.TWO_FACTOR) {
			return new ModelAndView("redirect:/profile/two-factor" + (m.find(0) ? "?workspace=" + m.group(1) : ""));
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return error("error.forbidden", e.text());
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return error("error.invalid", e.text());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return error("error.notFound", e.text());
	}

	/**
	 * A malformed id in a page's address (not a UUID, not a number): there is nothing at
	 * this address.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformed(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return error("error.notFound", null);
	}

	static ModelAndView error(String title, @org.jspecify.annotations.Nullable Text detail) {
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("heading", title);
		mv.addObject("detail", detail);
		return mv;
	}

}
