package org.sanyi.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the list pages and REST lists return it ({@code rows} and
 * {@code total}, the shape Chinese admin front ends expect). Pages are numbered from 1.
 */
public record Page<T>(List<T> rows, long total, int page, int size) {

	public Page {
		rows = List.copyOf(rows);
	}

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(rows.stream().map(mapper).toList(), total, page, size);
	}

}
