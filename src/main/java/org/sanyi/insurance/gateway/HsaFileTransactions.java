package org.sanyi.insurance.gateway;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.reconciliation.ReconciliationFiles;
import org.sanyi.insurance.reconciliation.ReconciliationFiles.Download;
import org.sanyi.insurance.reconciliation.ReconciliationFiles.FileInfo;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * File transfer (insurance.md §1.5): 9101 文件上传 {@code fsUploadIn{in, filename,
 * fixmedins_code}} with {@code in} the Base64 of the zip's bytes, answering
 * {@code file_qury_no}; 9102 文件下载 {@code fsDownloadIn{file_qury_no, filename,
 * fixmedins_code}}, answering the zip as Base64 with its {@code dld_endtime}. The
 * national platform streams the download; a JSON gateway carries it Base64-encoded, like
 * the upload. The files serve detail reconciliation (3202).
 */
@Component
class HsaFileTransactions implements HsaTransaction.Group {

	/** Base64 of the largest zip accepted, with some room for line breaks. */
	private static final int MAX_BASE64 = ReconciliationFiles.MAX_UPLOAD_BYTES / 3 * 4 + 8192;

	private final ReconciliationFiles files;

	HsaFileTransactions(ReconciliationFiles files) {
		this.files = files;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("9101", this::upload);
		transactions.put("9102", this::download);
	}

	/** 9101 文件上传 → {@code file_qury_no, filename, dld_endtime}. */
	Map<String, Object> upload(HsaCall call) {
		HsaInput in = call.input().node("fsUploadIn");
		String declared = in.text("fixmedins_code", 12);
		String filename = in.text("filename", 100);
		String base64 = in.text("in", Integer.MAX_VALUE);
		if (base64.length() > MAX_BASE64) {
			throw new BusinessException(InsuranceErrors.FILE_TOO_LARGE, base64.length() + " 个 Base64 字符",
					ReconciliationFiles.MAX_UPLOAD_BYTES + " 字节");
		}
		byte[] zip;
		try {
			zip = Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(InsuranceErrors.FILE_NOT_ZIP, "input.fsUploadIn.in 不是有效的 Base64");
		}
		FileInfo info = files.upload(call.code(), call.institution().region(), declared, filename, zip, call.msgid(),
				call.received());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("file_qury_no", info.fileQuryNo());
		out.put("filename", info.filename());
		out.put("dld_endtime", info.dldEndtime());
		out.put("line_cnt", info.lines());
		return out;
	}

	/**
	 * 9102 文件下载 → {@code fileinfo{file_qury_no, filename, dld_endtime, size}} and
	 * {@code file} (Base64).
	 */
	Map<String, Object> download(HsaCall call) {
		HsaInput in = call.input().node("fsDownloadIn");
		String declared = in.text("fixmedins_code", 12);
		String number = in.text("file_qury_no", 30);
		String filename = in.optionalText("filename", 100);
		Download file = files.download(call.code(), declared, number, filename, call.received());
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("file_qury_no", file.info().fileQuryNo());
		info.put("filename", file.info().filename());
		info.put("dld_endtime", file.info().dldEndtime());
		info.put("size", file.content().length);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("fileinfo", info);
		out.put("file", Base64.getEncoder().encodeToString(file.content()));
		return out;
	}

}
