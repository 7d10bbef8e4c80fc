package org.keywork.movingin;

/** One item of the moving-in template kept by administrators. */
public record TemplateItem(long id, String label, int position, boolean active, long version) {
}
