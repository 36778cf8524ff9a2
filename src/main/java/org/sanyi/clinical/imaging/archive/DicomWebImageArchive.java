package org.sanyi.clinical.imaging.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.MultipartRelated;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's DICOM archive over DICOMweb (PS3.18): STOW-RS to store a study as one
 * {@code multipart/related} request, QIDO-RS to list its instances, WADO-RS to retrieve
 * one instance. Tested against Orthanc with its DICOMweb plugin.
 */
public class DicomWebImageArchive implements ImageArchive {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** (0008,1198) Failed SOP Sequence of a STOW-RS response. */
	private static final String FAILED_SOP_SEQUENCE = "00081198";

	private static final String SOP_INSTANCE_UID = "00080018";

	private final URI base;

	private final String authorization;

	private final Duration timeout;

	private final HttpClient http;

	public DicomWebImageArchive(URI base, String username, String password, Duration timeout) {
		String root = base.toString();
		this.base = URI.create(root.endsWith("/") ? root : root + "/");
		this.authorization = username == null || username.isBlank() ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	@Override
	public String kind() {
		return "DICOMWEB";
	}

	@Override
	public void store(String studyUid, List<Stored> files) {
		String boundary = "sanyi-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Stored f : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(f.data());
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> response = send(
				request("studies")
					.header("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=" + boundary)
					.header("Accept", "application/dicom+json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, "STOW-RS " + response.statusCode());
		}
		JsonNode answer = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
		if (answer.has(FAILED_SOP_SEQUENCE) && answer.get(FAILED_SOP_SEQUENCE).has("Value")
				&& !answer.get(FAILED_SOP_SEQUENCE).get("Value").isEmpty()) {
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, "STOW-RS failed instances");
		}
	}

	@Override
	public byte[] retrieve(String studyUid, String seriesUid, String sopUid) {
		HttpResponse<byte[]> response = send(
				request("studies/" + studyUid + "/series/" + seriesUid + "/instances/" + sopUid)
					.header("Accept", "multipart/related; type=\"application/dicom\"")
					.GET(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() == 404) {
			throw new BusinessException(ImagingErrors.UNKNOWN_IMAGE, sopUid);
		}
		if (response.statusCode() != 200) {
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, "WADO-RS " + response.statusCode());
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		List<byte[]> parts = MultipartRelated.parts(type, response.body(), ImagingErrors.ARCHIVE_FAILED);
		if (parts.isEmpty()) {
			throw new BusinessException(ImagingErrors.UNKNOWN_IMAGE, sopUid);
		}
		return parts.getFirst();
	}

	@Override
	public List<String> instances(String studyUid) {
		HttpResponse<String> response = send(
				request("studies/" + studyUid + "/instances").header("Accept", "application/dicom+json").GET(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 204 || response.statusCode() == 404) {
			return List.of();
		}
		if (response.statusCode() != 200) {
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, "QIDO-RS " + response.statusCode());
		}
		List<String> uids = new ArrayList<>();
		if (response.body().isBlank()) {
			return uids;
		}
		for (JsonNode instance : JSON.readTree(response.body())) {
			JsonNode value = instance.path(SOP_INSTANCE_UID).path("Value");
			if (!value.isEmpty()) {
				uids.add(value.get(0).asString());
			}
		}
		return uids;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return b;
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return http.send(request.build(), handler);
		}
		catch (IOException e) {
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, e.getClass().getSimpleName());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new BusinessException(ImagingErrors.ARCHIVE_FAILED, "interrupted");
		}
	}

}
