package org.sanyi.shared.io;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

	@Test
	void readsQuotedFieldsAndKeepsPhysicalLineNumbers() {
		var csv = new CsvReader(
				new StringReader("\uFEFFcode,name\nA01,\"伤寒, 未特指\"\n\nB02,\"多行\n名称\"\"x\"\"\"\nC03,丙\n"));
		assertThat(csv.header()).containsExactly("code", "name");
		CsvRow a = csv.next();
		assertThat(a.line()).isEqualTo(2);
		assertThat(a.get("name")).isEqualTo("伤寒, 未特指");
		CsvRow b = csv.next();
		assertThat(b.line()).isEqualTo(4);
		assertThat(b.get("name")).isEqualTo("多行\n名称\"x\"");
		CsvRow c = csv.next();
		assertThat(c.line()).isEqualTo(6);
		assertThat(csv.next()).isNull();
	}

	@Test
	void unterminatedQuoteNamesItsLine() {
		var csv = new CsvReader(new StringReader("code,name\nA,ok\nB,\"broken\n"));
		csv.next();
		assertThatThrownBy(csv::next).isInstanceOf(BusinessException.class)
			.satisfies(ex -> assertThat(((BusinessException) ex).args()).contains(3));
	}

	@Test
	void requiredColumnsAndValuesNameTheProblem() {
		var csv = new CsvReader(new StringReader("code,name\n,x\n"));
		assertThatThrownBy(() -> csv.requireColumns("code", "price")).isInstanceOf(BusinessException.class)
			.hasMessageContaining("price");
		CsvRow row = csv.next();
		assertThatThrownBy(() -> row.required("code")).isInstanceOf(BusinessException.class).hasMessageContaining("2");
	}

}
