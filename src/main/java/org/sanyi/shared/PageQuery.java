package org.sanyi.shared;

/**
 * Which page of a list is asked for; out-of-range values are clamped rather than rejected
 * ({@code page=2147483647} would otherwise overflow the offset). A page past the last one
 * is answered by the pages with the last page ({@code PageClamp}).
 */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 500;

	/** No list is this long; keeps {@link #offset()} far from overflowing. */
	public static final int MAX_PAGE = 1_000_000;

	public PageQuery {
		page = Math.min(Math.max(1, page), MAX_PAGE);
		size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 1 : page, size == null ? 20 : size);
	}

	public int offset() {
		return (page - 1) * size;
	}

	public <T> Page<T> page(java.util.List<T> rows, long total) {
		return new Page<>(rows, total, page, size);
	}

}
