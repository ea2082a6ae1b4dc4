/** The references API, the field check for forms and its fragment. */
@NullMarked
package dev.deskhand.references.web;

import org.jspecify.annotations.NullMarked;
