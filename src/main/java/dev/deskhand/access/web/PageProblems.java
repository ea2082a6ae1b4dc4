package dev.deskhand.access.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages: a friendly page with the right status. An assistant who has not yet
 * accepted the NDA is sent to it. (Invalid form input is handled by each controller,
 * which shows the form again with the message.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private static final Pattern WORKSPACE = Pattern.compile("^/w/([a-z0-9-]+)");

	@ExceptionHandler(AccessDenied.class)
	ModelAndView denied(AccessDenied e, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		Matcher m = WORKSPACE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (e.reason() == AccessDenied.Reason.NDA && m.find()) {
			return new ModelAndView("redirect:/w/" + m.group(1) + "/nda");
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return error("error.forbidden", e.getMessage());
	}

	@ExceptionHandler(dev.deskhand.shared.InvalidInputException.class)
	ModelAndView invalid(dev.deskhand.shared.InvalidInputException e, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return error("error.invalid", e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return error("error.notFound", e.getMessage());
	}

	private static ModelAndView error(String title, String detail) {
		ModelAndView mv = new ModelAndView("error");
		mv.addObject("heading", title);
		mv.addObject("detail", detail);
		return mv;
	}

}
