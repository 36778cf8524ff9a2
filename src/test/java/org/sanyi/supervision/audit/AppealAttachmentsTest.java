package org.sanyi.supervision.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an appeal attachment is by its first bytes, and the name it is shown under. */
class AppealAttachmentsTest {

	@Test
	void theTypeIsWhatTheContentIsWhateverTheNameSays() {
		assertThat(AppealAttachments.contentType("%PDF-1.7\n".getBytes())).contains("application/pdf");
		assertThat(AppealAttachments.contentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.contains("image/jpeg");
		assertThat(AppealAttachments
			.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }))
			.contains("image/png");
		// a PNG cut short, HTML, an executable, nothing
		assertThat(AppealAttachments.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEmpty();
		assertThat(AppealAttachments.contentType("<html><script>".getBytes())).isEmpty();
		assertThat(AppealAttachments.contentType(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isEmpty();
		assertThat(AppealAttachments.contentType(new byte[0])).isEmpty();
	}

	@Test
	void theNameKeepsItsLastPartWithoutControlCharacters() {
		assertThat(AppealAttachments.fileName("C:\\Users\\医保办\\执行记录.pdf")).isEqualTo("执行记录.pdf");
		assertThat(AppealAttachments.fileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AppealAttachments.fileName("医嘱\r\n\"x\".png")).isEqualTo("医嘱x.png");
		assertThat(AppealAttachments.fileName("  ")).isEqualTo("附件");
		assertThat(AppealAttachments.fileName(null)).isEqualTo("附件");
		assertThat(AppealAttachments.fileName("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

}
