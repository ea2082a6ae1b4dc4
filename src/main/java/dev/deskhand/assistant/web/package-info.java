/**
 * The assistant's pages: the delay notices waiting for approval, and the workspace's
 * assistant settings (tone, sign-off, notice policy).
 */
@NullMarked
package dev.deskhand.assistant.web;

import org.jspecify.annotations.NullMarked;
