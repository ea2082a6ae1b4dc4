package dev.deskhand.hiring;

/**
 * A kind of work a post is about: a work type and what its SOP says it is.
 *
 * @param type the work type ({@code email}, or an SOP's type)
 * @param title the SOP's title (its first heading or line); the type when it has no SOP
 * @param summary the SOP's first line of text after the title (empty when none)
 */
public record PostTask(String type, String title, String summary) {
}
