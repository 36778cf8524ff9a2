package org.sanyi.shared;

/** Which page of a list is asked for; out-of-range values are clamped rather than rejected. */
public record PageQuery(int page, int size) {

	public static final int MAX_SIZE = 500;

	public PageQuery {
		page = Math.max(1, page);
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
