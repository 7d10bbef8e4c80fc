package org.keywork.support;

/**
 * A version of a record as one reader may see it: for anyone who may not see withheld
 * items, the content has had them removed before it reaches the page.
 */
public record RecordView<T extends RecordContent>(SupportRecord record, T content, boolean latest) {
}
