package dev.deskhand.work;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new version of a work type's SOP; it replaces the current one. */
public record NewSop(String type, String markdown, @Nullable List<String> checklist, boolean requireChecklist) {
}
